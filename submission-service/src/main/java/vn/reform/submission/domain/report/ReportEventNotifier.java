package vn.reform.submission.domain.report;

/** Told after a report event is durably stored, so that it is published at once rather than at the next sweep. */
public interface ReportEventNotifier {

    void stored(ReportKey key, long sequence);
}
