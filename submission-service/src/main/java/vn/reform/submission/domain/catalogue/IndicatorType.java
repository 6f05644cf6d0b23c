package vn.reform.submission.domain.catalogue;

/** The value types an indicator may hold (see the public API). */
public enum IndicatorType {
    INTEGER, DECIMAL, PERCENT, RATIO, BOOLEAN, ENUM, TEXT, DOCUMENT_LIST
}
