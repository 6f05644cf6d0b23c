package vn.reform.submission.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * Stores catalogue entities (agency, template, round) one document each, keyed by their natural key, with the outbox
 * state of the event that publishes them. Every change is a single-document write that also marks it unpublished.
 */
@Component
public class CatalogueDocumentStore {

    private final MongoTemplate mongo;
    private final JsonDocuments json;
    private final Clock clock;

    public CatalogueDocumentStore(MongoTemplate mongo, JsonDocuments json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    public <T> Optional<T> find(CatalogueCollection collection, String id, Class<T> type) {
        Document document = collection(collection).find(Filters.eq("_id", id)).first();
        return Optional.ofNullable(document).map(d -> read(d, type));
    }

    public <T> List<T> findAll(CatalogueCollection collection, Class<T> type) {
        List<T> all = new ArrayList<>();
        collection(collection).find().sort(Sorts.ascending("_id")).forEach(d -> all.add(read(d, type)));
        return all;
    }

    /** Creates or replaces the entity; its new state is to be published. */
    public void save(CatalogueCollection collection, String id, Object entity) {
        collection(collection).replaceOne(Filters.eq("_id", id), toDocument(id, entity, null),
                new ReplaceOptions().upsert(true));
    }

    /** Creates the entity unless one with this key exists; true when it was created. Never overwrites. */
    public boolean insertIfAbsent(CatalogueCollection collection, String id, Object entity) {
        return insertIfAbsent(collection, id, entity, null);
    }

    /** As {@link #insertIfAbsent(CatalogueCollection, String, Object)} with a fixed event id (repeatable seeding). */
    public boolean insertIfAbsent(CatalogueCollection collection, String id, Object entity, String eventId) {
        try {
            collection(collection).insertOne(toDocument(id, entity, eventId));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Documents whose current state has not reached Kafka yet (catalogues are small: a scan is fine). */
    public List<Document> findUnpublished(CatalogueCollection collection) {
        List<Document> pending = new ArrayList<>();
        collection(collection).find(Filters.eq(OutboxState.PUBLISHED, false)).forEach(pending::add);
        return pending;
    }

    /** Marks published only if the state was not changed again meanwhile (same event id). */
    public void markPublished(CatalogueCollection collection, String id, String eventId) {
        collection(collection).updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(OutboxState.EVENT_ID, eventId)),
                Updates.set(OutboxState.PUBLISHED, true));
    }

    public <T> T read(Document document, Class<T> type) {
        Document copy = new Document(document);
        copy.remove("_id");
        copy.remove(OutboxState.FIELD);
        return json.fromDocument(copy, type);
    }

    private Document toDocument(String id, Object entity, String eventId) {
        Document document = json.toDocument(entity);
        document.put("_id", id);
        document.put(OutboxState.FIELD, eventId == null ? OutboxState.pending(clock.instant())
                : OutboxState.pending(eventId, clock.instant()));
        return document;
    }

    private MongoCollection<Document> collection(CatalogueCollection collection) {
        return mongo.getCollection(collection.collectionName());
    }
}
