package vn.reform.notification.messaging;

import java.util.Optional;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an envelope and its payload. Unknown types are skipped (empty); a known type with a higher version than
 * this service understands, or an unreadable record, is refused with {@link UnsupportedEventException}.
 */
@Component
public class EventReader {

    static final int SUPPORTED_VERSION = 1;

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json;
    }

    public EventEnvelope envelope(String value) {
        try {
            EventEnvelope envelope = json.readValue(value, EventEnvelope.class);
            if (envelope.type() == null || envelope.payload() == null) {
                throw new UnsupportedEventException("event without type or payload");
            }
            return envelope;
        } catch (JacksonException e) {
            throw new UnsupportedEventException("unreadable event: " + e.getOriginalMessage());
        }
    }

    public <T> Optional<T> payload(EventEnvelope envelope, String expectedType, Class<T> payloadType) {
        if (!expectedType.equals(envelope.type())) {
            return Optional.empty();
        }
        if (envelope.version() > SUPPORTED_VERSION) {
            throw new UnsupportedEventException(
                    envelope.type() + " version " + envelope.version() + " is newer than " + SUPPORTED_VERSION);
        }
        try {
            return Optional.of(json.treeToValue(envelope.payload(), payloadType));
        } catch (JacksonException e) {
            throw new UnsupportedEventException("unreadable " + expectedType + " payload: " + e.getOriginalMessage());
        }
    }
}
