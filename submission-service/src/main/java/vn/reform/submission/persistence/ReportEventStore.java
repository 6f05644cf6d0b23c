package vn.reform.submission.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportHistory;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.domain.report.ValueChange;
import vn.reform.submission.domain.report.ReportEventType;

/**
 * The durable log of report events, one document each, {@code _id = round|agency|sequence} (sequence zero-padded).
 * The _id makes each sequence number taken once, which serialises concurrent writers of one report; a unique index
 * on {@code idempotencyKey} makes a repeated submission a no-op. Each document carries its own outbox state
 * ({@code published}), so storing an event and queueing it for Kafka is one single-document insert. Appending needs
 * only a report's {@link #tail}, read from where it stood the last time, or only checked when its events are still
 * kept here ({@link ReportTails}).
 */
@Component
public class ReportEventStore {

    public static final String COLLECTION = "report_events";

    /** Events asked for in the first query of a history: most reports have a handful. */
    static final int FIRST_BATCH = 8;
    private static final int MAX_BATCH = 64;
    private static final int SEQUENCE_DIGITS = 8;

    private final MongoCollection<Document> events;
    private final ReportTails tails = new ReportTails();

    public ReportEventStore(MongoTemplate mongo) {
        this.events = mongo.getCollection(COLLECTION);
        events.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).name("idempotency_key"));
    }

    public static String id(ReportKey key, long sequence) {
        String digits = Long.toString(sequence);
        return key.value() + "|" + "0".repeat(Math.max(0, SEQUENCE_DIGITS - digits.length())) + digits;
    }

    public static ReportKey keyOfId(String id) {
        String[] parts = id.split("\\|");
        return new ReportKey(parts[0], parts[1]);
    }

    public static long sequenceOfId(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('|') + 1));
    }

    /** Stores the event; throws {@link DuplicateReportEventException} when its sequence or idempotency key is taken. */
    public void insert(ReportEvent event) {
        try {
            events.insertOne(toDocument(event));
        } catch (RuntimeException e) {
            tails.forget(event.key()); // taken by another writer, or an unknown outcome: the next read reads the store
            if (e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                boolean keyTaken = event.idempotencyKey() != null && write.getMessage().contains("idempotency");
                throw new DuplicateReportEventException(keyTaken || findByIdempotencyKey(event.idempotencyKey()).isPresent(), write);
            }
            throw e;
        }
        tails.appended(event);
    }

    /**
     * Every event of one report, in order. Its ids are known ({@code round|agency|1, 2, …}), so they are asked for by
     * {@code _id} in batches (one query for a report of up to {@value #FIRST_BATCH} events, then batches twice as
     * large); the first missing sequence ends the history, as sequences are taken one after another.
     */
    public List<ReportEvent> history(ReportKey key) {
        return readFrom(key, 1, FIRST_BATCH);
    }

    /**
     * The report's events from its latest submission on, in order (all of them when nothing was submitted): what
     * appending the next event needs ({@link ReportHistory#ofTail}). A tail whose events are kept here is only
     * checked; another tail read before is read again from its first event, with the next {@value #FIRST_BATCH}
     * sequences in the same query, if its last event is still the one read then (same eventId; events never change,
     * so neither did anything before it); else the whole history is read.
     */
    public List<ReportEvent> tail(ReportKey key) {
        Optional<ReportTails.Tail> known = tails.get(key);
        List<ReportEvent> tail = known.flatMap(k -> keptTail(key, k))
                .or(() -> known.flatMap(k -> readTail(key, k)))
                .orElseGet(() -> ReportHistory.tailOf(history(key)));
        tails.remember(key, tail);
        return tail;
    }

    /**
     * The tail's events as kept here (read or stored by this instance), if its last event is still the one stored
     * and no event followed it: asked of the store for those two ids, their event ids only.
     */
    private Optional<List<ReportEvent>> keptTail(ReportKey key, ReportTails.Tail known) {
        Optional<List<ReportEvent>> kept = tails.events(key, known);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String lastId = id(key, known.last());
        Map<String, String> stored = new HashMap<>();
        events.find(Filters.in("_id", List.of(lastId, id(key, known.last() + 1))))
                .projection(Projections.include("eventId"))
                .forEach(d -> stored.put(d.getString("_id"), d.getString("eventId")));
        return stored.size() == 1 && known.lastEventId().equals(stored.get(lastId)) ? kept : Optional.empty();
    }

    private Optional<List<ReportEvent>> readTail(ReportKey key, ReportTails.Tail known) {
        int lastIndex = Math.toIntExact(known.last() - known.first());
        List<ReportEvent> read = readFrom(key, known.first(), lastIndex + FIRST_BATCH);
        if (read.size() <= lastIndex || !read.get(lastIndex).eventId().equals(known.lastEventId())) {
            return Optional.empty();
        }
        return Optional.of(ReportHistory.tailOf(read));
    }

    /** The events from sequence {@code first} up to the first missing one, asked for in batches from {@code batch}. */
    private List<ReportEvent> readFrom(ReportKey key, long first, int batch) {
        List<ReportEvent> read = new ArrayList<>();
        for (long from = first; ; from += batch, batch = Math.min(batch * 2, MAX_BATCH)) {
            List<String> ids = new ArrayList<>(batch);
            for (long sequence = from; sequence < from + batch; sequence++) {
                ids.add(id(key, sequence));
            }
            Map<String, ReportEvent> found = findByIds(ids);
            for (String id : ids) {
                ReportEvent event = found.get(id);
                if (event == null) {
                    return read;
                }
                read.add(event);
            }
        }
    }

    public Optional<ReportEvent> findByIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(events.find(Filters.eq("idempotencyKey", idempotencyKey)).first())
                .map(ReportEventStore::fromDocument);
    }

    /** The events of these ids that exist, by id, in one query. */
    public Map<String, ReportEvent> findByIds(Collection<String> ids) {
        Map<String, ReportEvent> found = new HashMap<>();
        events.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), fromDocument(d)));
        return found;
    }

    /** Ids of every event not yet on Kafka (start-up recovery and the periodic safety sweep). */
    public List<String> findUnpublishedIds() {
        List<String> ids = new ArrayList<>();
        events.find(Filters.eq("published", false)).projection(Projections.include("_id"))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    public void markPublished(Collection<String> ids, Instant publishedAt) {
        events.updateMany(Filters.in("_id", ids), Updates.combine(Updates.set("published", true),
                Updates.set("publishedAt", publishedAt.toString())));
    }

    public void recordFailedAttempt(String id) {
        events.updateOne(Filters.eq("_id", id), Updates.inc("attempts", 1));
    }

    private static Document toDocument(ReportEvent event) {
        List<Document> changes = event.changes().stream()
                .map(c -> new Document("field", c.field()).append("before", c.before()).append("after", c.after()))
                .toList();
        return new Document("_id", id(event.key(), event.sequence()))
                .append("round", event.key().round())
                .append("agency", event.key().agency())
                .append("sequence", event.sequence())
                .append("type", event.type().name())
                .append("eventId", event.eventId())
                .append("occurredAt", event.occurredAt().toString())
                .append("actor", event.actor())
                .append("version", event.version())
                .append("payload", new Document(event.payload()))
                .append("changes", changes)
                .append("idempotencyKey", event.idempotencyKey() != null ? event.idempotencyKey()
                        : id(event.key(), event.sequence()))
                .append("requestHash", event.requestHash())
                .append("published", event.published())
                .append("attempts", 0);
    }

    @SuppressWarnings("unchecked")
    private static ReportEvent fromDocument(Document d) {
        List<ValueChange> changes = d.getList("changes", Document.class, List.of()).stream()
                .map(c -> new ValueChange(c.getString("field"), c.get("before"), c.get("after")))
                .toList();
        String idempotencyKey = d.getString("idempotencyKey");
        ReportKey key = new ReportKey(d.getString("round"), d.getString("agency"));
        return new ReportEvent(key, ((Number) d.get("sequence")).longValue(), ReportEventType.valueOf(d.getString("type")),
                d.getString("eventId"), Instant.parse(d.getString("occurredAt")), d.getString("actor"),
                d.getInteger("version"), (Map<String, Object>) d.get("payload", Document.class), changes,
                idempotencyKey.equals(d.getString("_id")) ? null : idempotencyKey, d.getString("requestHash"),
                Boolean.TRUE.equals(d.getBoolean("published")));
    }
}
