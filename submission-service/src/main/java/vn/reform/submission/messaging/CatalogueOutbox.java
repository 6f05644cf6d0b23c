package vn.reform.submission.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.reform.submission.domain.catalogue.Agency;
import vn.reform.submission.domain.catalogue.CatalogueChangeNotifier;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.Template;
import vn.reform.submission.persistence.CatalogueCollection;
import vn.reform.submission.persistence.CatalogueDocumentStore;
import vn.reform.submission.persistence.OutboxState;

/**
 * Catalogue changes waiting for Kafka. Each catalogue document carries the event id of its latest state; the relay
 * publishes the full state (compacted topics: the latest wins) and marks it published unless it changed meanwhile.
 * Catalogues are small, so pending ones are found by a scan, done only after a change or at a sweep.
 */
@Component
public class CatalogueOutbox implements OutboxSource, CatalogueChangeNotifier {

    private final CatalogueDocumentStore store;
    private final OutboxWakeUp wakeUp;
    private final AtomicBoolean dirty = new AtomicBoolean(true);

    public CatalogueOutbox(CatalogueDocumentStore store, OutboxWakeUp wakeUp) {
        this.store = store;
        this.wakeUp = wakeUp;
    }

    /** A catalogue document was written: look for it at the next pass. */
    @Override
    public void changed() {
        dirty.set(true);
        wakeUp.wake();
    }

    @Override
    public List<OutboxMessage> pending(int max) {
        if (!dirty.getAndSet(false)) {
            return List.of();
        }
        List<OutboxMessage> batch = new ArrayList<>();
        for (CatalogueCollection collection : CatalogueCollection.values()) {
            for (Document document : store.findUnpublished(collection)) {
                batch.add(message(collection, document));
            }
        }
        if (batch.size() > max) {
            dirty.set(true);
            return batch.subList(0, max);
        }
        return batch;
    }

    @Override
    public void published(OutboxMessage message) {
        CatalogueCollection collection = collectionOf(message.topic());
        store.markPublished(collection, message.sourceId(), message.envelope().eventId());
    }

    @Override
    public void failed(OutboxMessage message) {
        dirty.set(true);
    }

    @Override
    public void recover() {
        dirty.set(true);
    }

    private OutboxMessage message(CatalogueCollection collection, Document document) {
        Document outbox = document.get(OutboxState.FIELD, Document.class);
        String id = document.getString("_id");
        String eventId = outbox.getString("eventId");
        String occurredAt = outbox.getString("occurredAt");
        EventEnvelope envelope = switch (collection) {
            case AGENCIES -> new EventEnvelope(eventId, "AgencyChanged", 1, occurredAt, id, store.read(document, Agency.class));
            case TEMPLATES -> new EventEnvelope(eventId, "TemplatePublished", 1, occurredAt, id, store.read(document, Template.class));
            case ROUNDS -> new EventEnvelope(eventId, "RoundChanged", 1, occurredAt, id, store.read(document, Round.class));
        };
        return new OutboxMessage(id, topicOf(collection), envelope);
    }

    static String topicOf(CatalogueCollection collection) {
        return switch (collection) {
            case AGENCIES -> Topics.AGENCIES;
            case TEMPLATES -> Topics.TEMPLATES;
            case ROUNDS -> Topics.ROUNDS;
        };
    }

    private static CatalogueCollection collectionOf(String topic) {
        for (CatalogueCollection collection : CatalogueCollection.values()) {
            if (topicOf(collection).equals(topic)) {
                return collection;
            }
        }
        throw new IllegalArgumentException("not a catalogue topic: " + topic);
    }
}
