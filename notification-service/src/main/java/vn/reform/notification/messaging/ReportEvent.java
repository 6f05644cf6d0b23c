package vn.reform.notification.messaging;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of {@code ReportSubmitted}, {@code ReportReturned}, {@code ReportAccepted} and {@code ReportReopened}
 * (v1) that reminders need; {@code dueAt} is set by returns and reopenings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportEvent(String round, String agency, Long sequence, Instant dueAt) {
}
