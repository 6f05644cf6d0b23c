package vn.reform.notification.messaging;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

/** The envelope of every event on the contract topics (deploy/contracts §2). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(String eventId, String type, int version, Instant occurredAt, String key,
                            JsonNode payload) {
}
