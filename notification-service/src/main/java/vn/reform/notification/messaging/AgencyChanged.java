package vn.reform.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Payload of {@code AgencyChanged} v1, the fields reminders need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyChanged(String code, String name, String focalPointEmail, String headEmail, String headName) {
}
