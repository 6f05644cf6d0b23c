package vn.reform.notification.domain;

import java.time.Instant;

/** The latest report event applied for one round and agency; {@code dueAt} is the deadline set on return/reopen. */
public record ReportState(String round, String agency, ReportStatus status, Instant dueAt, long sequence) {
}
