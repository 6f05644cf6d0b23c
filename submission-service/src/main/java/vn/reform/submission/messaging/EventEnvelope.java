package vn.reform.submission.messaging;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The envelope of every event (contracts §2): a unique id kept across redeliveries, the type in the past tense, the
 * payload's schema version, when it happened, the record key, and the payload.
 */
@JsonPropertyOrder({"eventId", "type", "version", "occurredAt", "key", "payload"})
public record EventEnvelope(String eventId, String type, int version, String occurredAt, String key, Object payload) {
}
