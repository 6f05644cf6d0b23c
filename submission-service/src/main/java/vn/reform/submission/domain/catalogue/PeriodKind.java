package vn.reform.submission.domain.catalogue;

/** The period a round covers: the Decree 09/2019 windows, or an ad hoc request with its own window. */
public enum PeriodKind {
    MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR, AD_HOC
}
