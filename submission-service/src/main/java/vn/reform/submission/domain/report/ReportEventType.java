package vn.reform.submission.domain.report;

/** The report events, each with its contract name (past tense). */
public enum ReportEventType {
    SUBMITTED("ReportSubmitted"),
    RETURNED("ReportReturned"),
    ACCEPTED("ReportAccepted"),
    REOPENED("ReportReopened");

    private final String eventName;

    ReportEventType(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
