package vn.reform.aggregation.domain;

/** Status of an agency's report in a round, as the report events tell it. */
public enum ReportStatus {
    SUBMITTED, RETURNED, ACCEPTED, REOPENED
}
