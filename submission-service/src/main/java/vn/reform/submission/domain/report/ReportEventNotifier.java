package vn.reform.submission.domain.report;

/** Told after a report event is durably stored, so that it is published at once rather than at the next sweep. */
public interface ReportEventNotifier {

    /** The event was stored as given (its document is this event, unpublished). */
    void stored(ReportEvent event);

    /**
     * Storing an event failed in a way that does not say whether the store kept it (a timeout, a lost connection):
     * whatever it kept must be looked for soon, not only at the next safety sweep.
     */
    void outcomeUnknown();
}
