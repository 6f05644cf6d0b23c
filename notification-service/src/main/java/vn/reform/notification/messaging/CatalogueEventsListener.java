package vn.reform.notification.messaging;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.reform.notification.persistence.AgencyDocument;
import vn.reform.notification.persistence.CatalogueViewStore;
import vn.reform.notification.persistence.RoundDocument;

/** Keeps the view of agencies (with their contacts) and rounds from the compacted catalogue topics. */
@Component
public class CatalogueEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CatalogueEventsListener.class);

    private final EventReader reader;
    private final CatalogueViewStore store;
    private final Clock clock;

    public CatalogueEventsListener(EventReader reader, CatalogueViewStore store, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.clock = clock;
    }

    @KafkaListener(topics = "${notification.topics.agencies:reform.catalogue.agencies}")
    public void onAgencyEvent(String value) {
        EventEnvelope envelope = reader.envelope(value);
        reader.payload(envelope, "AgencyChanged", AgencyChanged.class).ifPresentOrElse(a -> {
            requireCode(a.code(), envelope);
            store.save(new AgencyDocument(a.code(), a.name(), a.focalPointEmail(), a.headEmail(), a.headName(),
                    clock.instant()));
            log.debug("agency {} updated", a.code());
        }, () -> log.debug("skipped event type {} on the agencies topic", envelope.type()));
    }

    @KafkaListener(topics = "${notification.topics.rounds:reform.catalogue.rounds}")
    public void onRoundEvent(String value) {
        EventEnvelope envelope = reader.envelope(value);
        reader.payload(envelope, "RoundChanged", RoundChanged.class).ifPresentOrElse(r -> {
            requireCode(r.code(), envelope);
            store.save(new RoundDocument(r.code(), r.title(), r.dueAt(), r.expectedAgencies(), r.status(),
                    r.reopenedFor(), clock.instant()));
            log.debug("round {} updated", r.code());
        }, () -> log.debug("skipped event type {} on the rounds topic", envelope.type()));
    }

    private static void requireCode(String code, EventEnvelope envelope) {
        if (code == null || code.isBlank()) {
            throw new UnsupportedEventException(envelope.type() + " " + envelope.eventId() + " has no code");
        }
    }
}
