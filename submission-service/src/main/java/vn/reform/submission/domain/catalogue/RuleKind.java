package vn.reform.submission.domain.catalogue;

/** The cross-field rules a template may state. */
public enum RuleKind {
    /** the parts of {@code indicator} add up to its total */
    PARTS_SUM,
    /** the sum of {@code left} equals {@code right} (e.g. on time + late = resolved) */
    SUM_EQUALS,
    /** the sum of {@code left} is at most {@code right} (a part is at most its whole) */
    LESS_OR_EQUAL,
    /** every date in the document list {@code indicator} lies inside the round's data window */
    DATES_IN_PERIOD
}
