package vn.reform.submission.domain.report;

/** Where an agency's report in a round stands (public API). */
public enum ReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
