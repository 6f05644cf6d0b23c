package vn.reform.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Payload of {@code RoundChanged} v1, the fields reminders need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoundChanged(String code, String title, Instant dueAt, List<String> expectedAgencies, String status,
                           Map<String, Instant> reopenedFor) {
}
