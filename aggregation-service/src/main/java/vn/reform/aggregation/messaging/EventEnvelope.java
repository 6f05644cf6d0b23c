package vn.reform.aggregation.messaging;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** The envelope of every event (contracts §2). */
public record EventEnvelope(String eventId, String type, int version, Instant occurredAt, String key,
                            JsonNode payload) {
}
