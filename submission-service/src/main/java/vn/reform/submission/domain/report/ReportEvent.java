package vn.reform.submission.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event in the life of a report, stored for good and carrying its own outbox state: the submission itself
 * (with the full content in {@code payload}), a return, an acceptance, a reopening. {@code sequence} counts every
 * event of the same {@code round|agency}; {@code payload} is exactly the contract's version-1 payload.
 */
public record ReportEvent(
        ReportKey key,
        long sequence,
        ReportEventType type,
        String eventId,
        Instant occurredAt,
        String actor,
        Integer version,
        Map<String, Object> payload,
        List<ValueChange> changes,
        String idempotencyKey,
        String requestHash,
        boolean published) {

    public static final int PAYLOAD_VERSION = 1;

    public ReportEvent {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A submission's dueAt override is absent; a return or reopening carries the agency's new deadline. */
    public Instant dueAt() {
        Object due = payload.get("dueAt");
        return due == null ? null : Instant.parse(due.toString());
    }

    public boolean isLate() {
        return Boolean.TRUE.equals(payload.get("late"));
    }
}
