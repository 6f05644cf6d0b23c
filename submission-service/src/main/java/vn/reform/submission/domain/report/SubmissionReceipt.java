package vn.reform.submission.domain.report;

import java.time.Instant;

/** The answer to a submission; a repeated request with the same Idempotency-Key gets the same one. */
public record SubmissionReceipt(int version, Instant submittedAt, boolean late, ReportStatus status) {

    static SubmissionReceipt of(ReportEvent submission) {
        return new SubmissionReceipt(submission.version(), submission.occurredAt(), submission.isLate(), ReportStatus.SUBMITTED);
    }
}
