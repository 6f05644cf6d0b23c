package vn.reform.submission.persistence;

import java.time.Instant;
import java.util.UUID;

import org.bson.Document;

/**
 * The outbox state a catalogue document carries about itself: the id of the event that publishes its current state,
 * and whether that event reached Kafka. Written in the same single-document write as the state it describes.
 */
public final class OutboxState {

    public static final String FIELD = "outbox";
    public static final String PUBLISHED = FIELD + ".published";
    public static final String EVENT_ID = FIELD + ".eventId";

    private OutboxState() {
    }

    public static Document pending(Instant occurredAt) {
        return new Document("eventId", UUID.randomUUID().toString())
                .append("occurredAt", occurredAt.toString())
                .append("published", false);
    }

    public static Document pending(String eventId, Instant occurredAt) {
        return new Document("eventId", eventId).append("occurredAt", occurredAt.toString()).append("published", false);
    }
}
