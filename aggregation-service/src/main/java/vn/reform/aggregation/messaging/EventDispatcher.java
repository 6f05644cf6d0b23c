package vn.reform.aggregation.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.config.EventJson;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;
import vn.reform.aggregation.domain.service.EventSink;
import vn.reform.aggregation.domain.service.LiveEventSink;

/**
 * Parses one record's envelope and hands the payload to its handler. Returns once the effect is stored; throws
 * {@link MalformedEventException} for a record that can never be processed (sent to the dead-letter topic at
 * once) and lets other failures through (retried, then dead-lettered). Unknown event types are skipped.
 */
@Component
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int SUPPORTED_VERSION = 1;

    private final EventJson json;
    private final LiveEventSink live;

    public EventDispatcher(EventJson json, LiveEventSink live) {
        this.json = json;
        this.live = live;
    }

    public void dispatch(String topic, String key, String value) {
        dispatch(topic, key, value, live);
    }

    public void dispatch(String topic, String key, String value, EventSink sink) {
        EventEnvelope envelope = parse(value);
        switch (envelope.type()) {
            case "AgencyChanged" -> {
                checkVersion(envelope);
                sink.agencyChanged(convert(envelope, AgencyInfo.class), envelope.occurredAt());
            }
            case "TemplatePublished" -> {
                checkVersion(envelope);
                sink.templatePublished(convert(envelope, Template.class));
            }
            case "RoundChanged" -> {
                checkVersion(envelope);
                sink.roundChanged(convert(envelope, RoundInfo.class), envelope.occurredAt());
            }
            case ReportEvent.SUBMITTED, ReportEvent.RETURNED, ReportEvent.ACCEPTED, ReportEvent.REOPENED -> {
                checkVersion(envelope);
                sink.report(reportEvent(envelope));
            }
            default -> log.info("skipping event {} of unknown type {} from {} (key {})", envelope.eventId(),
                    envelope.type(), topic, key);
        }
    }

    private EventEnvelope parse(String value) {
        if (value == null) {
            throw new MalformedEventException("empty record");
        }
        try {
            EventEnvelope envelope = json.read(value, EventEnvelope.class);
            if (envelope.eventId() == null || envelope.type() == null || envelope.payload() == null
                    || !envelope.payload().isObject()) {
                throw new MalformedEventException("envelope without eventId, type or payload");
            }
            if (envelope.occurredAt() == null) {
                return new EventEnvelope(envelope.eventId(), envelope.type(), envelope.version(), Instant.EPOCH,
                        envelope.key(), envelope.payload());
            }
            return envelope;
        } catch (JacksonException e) {
            throw new MalformedEventException("not a valid event envelope: " + e.getOriginalMessage(), e);
        }
    }

    private static void checkVersion(EventEnvelope envelope) {
        if (envelope.version() != SUPPORTED_VERSION) {
            throw new MalformedEventException("unsupported " + envelope.type() + " version " + envelope.version());
        }
    }

    private <T> T convert(EventEnvelope envelope, Class<T> type) {
        try {
            T value = json.convert(envelope.payload(), type);
            if (envelope.payload().path("code").isMissingNode()) {
                throw new MalformedEventException(envelope.type() + " without code");
            }
            return value;
        } catch (JacksonException e) {
            throw new MalformedEventException("invalid " + envelope.type() + " payload: " + e.getOriginalMessage(), e);
        }
    }

    private ReportEvent reportEvent(EventEnvelope envelope) {
        JsonNode p = envelope.payload();
        String round = text(p, "round");
        String agency = text(p, "agency");
        if (round == null || agency == null || !p.path("sequence").canConvertToLong()) {
            throw new MalformedEventException(envelope.type() + " without round, agency or sequence");
        }
        boolean submission = ReportEvent.SUBMITTED.equals(envelope.type());
        JsonNode values = p.get("values");
        if (submission && (values == null || !values.isObject())) {
            throw new MalformedEventException("ReportSubmitted without values");
        }
        String templateKey = submission && text(p, "templateCode") != null && p.path("templateVersion").isNumber()
                ? Template.key(text(p, "templateCode"), p.path("templateVersion").asInt()) : null;
        return new ReportEvent(envelope.eventId(), envelope.type(), round, agency, p.path("sequence").asLong(),
                p.path("version").isNumber() ? p.path("version").asInt() : null, eventTime(envelope, p),
                p.path("late").isBoolean() ? p.path("late").booleanValue() : null, actor(p),
                templateKey, text(p, "documentNumber"), text(p, "signer"), submission ? values : null,
                submission ? narrative(p.get("narrative")) : null, text(p, "reason"));
    }

    private static Instant eventTime(EventEnvelope envelope, JsonNode p) {
        for (String field : new String[] {"submittedAt", "returnedAt", "acceptedAt", "reopenedAt"}) {
            String value = text(p, field);
            if (value != null) {
                try {
                    return Instant.parse(value);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new MalformedEventException("invalid " + field + ": " + value, e);
                }
            }
        }
        return envelope.occurredAt();
    }

    private static String actor(JsonNode p) {
        for (String field : new String[] {"submittedBy", "returnedBy", "acceptedBy", "reopenedBy"}) {
            String value = text(p, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Map<String, String> narrative(JsonNode node) {
        Map<String, String> narrative = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isString()) {
                    narrative.put(e.getKey(), e.getValue().stringValue());
                }
            });
        }
        return narrative;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
