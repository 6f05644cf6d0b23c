package vn.reform.submission.domain.validation;

/** A draft may be incomplete; a submission must be complete and pass the template's cross-field rules. */
public enum ValidationMode {
    DRAFT, SUBMISSION
}
