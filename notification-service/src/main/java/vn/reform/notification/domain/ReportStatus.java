package vn.reform.notification.domain;

/** Where an agency's report in a round stands, as far as reminders care. */
public enum ReportStatus {
    SUBMITTED, RETURNED, ACCEPTED, REOPENED;

    /** A report in this status is still owed by the agency. */
    public boolean awaited() {
        return this == RETURNED || this == REOPENED;
    }
}
