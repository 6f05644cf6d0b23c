package vn.reform.aggregation.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.config.EventJson;
import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.RollupShard;
import vn.reform.aggregation.domain.RoundRollup;

/**
 * Round rollups, spread over a fixed number of shard documents per round ({@code _id = round#k}, read together by
 * key). Totals are flat counters ({@code totals["TIN_BAI:sum"]}, {@code byKind.DEPARTMENT["TIN_BAI:sum"]}); each
 * agency has an entry {@code agencies.<code> = {rev, e}} in its shard ({@code e}: the entry as compact JSON),
 * whose {@code rev} guards every update: a change is applied with one conditional {@code $inc}/{@code $set} on
 * the agency's shard that matches only if the entry still has the revision the delta was computed from.
 */
@Repository
public class RollupStore {

    static final String COLLECTION = "rollups";
    private static final String REVISION = "revision";
    /** Set once when a shard document is created (a random id): a shard dropped and written anew has another. */
    private static final String GENERATION = "generation";
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final EventJson json;
    private final int shards;
    private final Map<String, Long> changedHere = new ConcurrentHashMap<>(); // round -> nanoTime of its last change
    private final ParsedShards parsed = new ParsedShards();

    public RollupStore(MongoTemplate mongo, EventJson json, AggregationProperties properties) {
        this.mongo = mongo;
        this.json = json;
        this.shards = Math.max(1, properties.rollupShards());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    public int shards() {
        return shards;
    }

    private String shardId(String round, String agency) {
        return shardId(round, RollupShard.of(agency, shards));
    }

    private static String shardId(String round, int shard) {
        return round + "#" + shard;
    }

    private List<String> shardIds(String round) {
        List<String> ids = new ArrayList<>(shards);
        for (int k = 0; k < shards; k++) {
            ids.add(shardId(round, k));
        }
        return ids;
    }

    public Optional<AgencyEntry> entry(String round, String agency) {
        Document doc = collection().find(eq("_id", shardId(round, agency)))
                .projection(Projections.include("agencies." + agency)).first();
        if (doc == null) {
            return Optional.empty();
        }
        Document entry = Fields.document(doc, "agencies").get(agency, Document.class);
        return Optional.ofNullable(entry).map(this::toEntry);
    }

    /**
     * Applies one agency's change: sets its entry (carrying the new revision) and adds {@code increments} to the
     * counters of its shard, only if the stored entry has revision {@code expectedRev} (0: no entry yet).
     * False otherwise.
     */
    public boolean apply(String round, AgencyEntry entry, long expectedRev, Map<String, Long> increments,
                         String templateKey) {
        String id = shardId(round, entry.code());
        String path = "agencies." + entry.code();
        Bson filter = expectedRev == 0 ? and(eq("_id", id), exists(path, false))
                : and(eq("_id", id), eq(path + ".rev", expectedRev));
        Document set = new Document(path, new Document("rev", entry.rev()).append("e", json.write(entry)))
                .append("asOf", Instant.now().toString());
        if (templateKey != null) {
            set.append("templateKey", templateKey);
        }
        Document inc = new Document("revision", 1L);
        increments.forEach(inc::append);
        Document update = new Document("$set", set).append("$inc", inc);
        if (updated(round, filter, update)) {
            return true;
        }
        if (expectedRev == 0 && collection().find(eq("_id", id)).projection(Projections.include("_id")).first() == null) {
            create(round, id);
            return updated(round, filter, update);
        }
        return false;
    }

    private boolean updated(String round, Bson filter, Document update) {
        if (collection().updateOne(filter, update).getMatchedCount() != 1) {
            return false;
        }
        changedHere.put(round, System.nanoTime());
        return true;
    }

    /**
     * Whether this instance changed the round's rollup at or after {@code nanos} ({@link System#nanoTime()}): lets
     * a cached read of it be checked at once instead of after its staleness bound.
     */
    public boolean changedHereSince(String round, long nanos) {
        Long changed = changedHere.get(round);
        return changed != null && changed - nanos >= 0;
    }

    private void create(String round, String id) {
        try {
            collection().updateOne(eq("_id", id), Updates.combine(Updates.setOnInsert("round", round),
                    Updates.setOnInsert(GENERATION, UUID.randomUUID().toString()), Updates.setOnInsert(REVISION, 0L),
                    Updates.setOnInsert("agencies", new Document()),
                    Updates.setOnInsert("totals", new Document()), Updates.setOnInsert("byKind", new Document())),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Each stored shard of a round: its revision and generation, by shard id (empty: the round has no rollup). */
    public record Stamps(Map<String, Stamp> byId) {

        /** The sum of the shards' revisions, or -1 when there is none. */
        public long revision() {
            return byId.isEmpty() ? -1 : byId.values().stream().mapToLong(Stamp::revision).sum();
        }
    }

    /** What tells whether a parsed shard is still the stored one. */
    public record Stamp(String generation, long revision) {
    }

    /** The round's shards' stamps, in one query that reads nothing else. */
    public Stamps stamps(String round) {
        Map<String, Stamp> byId = new HashMap<>();
        collection().find(in("_id", shardIds(round))).projection(Projections.include(REVISION, GENERATION))
                .forEach(d -> byId.put(d.getString("_id"),
                        new Stamp(d.getString(GENERATION), Fields.longValue(d, REVISION))));
        return new Stamps(byId);
    }

    /** The round's rollup: its shards summed ({@link #find(String, Stamps)} with the stamps read now). */
    public Optional<RoundRollup> find(String round) {
        return find(round, stamps(round));
    }

    /**
     * The round's rollup, from shards with these {@code stamps} (just read by the caller): its shards summed. Only
     * the shards changed since this instance last read them are fetched and parsed.
     */
    public Optional<RoundRollup> find(String round, Stamps stamps) {
        if (stamps.byId().isEmpty()) {
            return Optional.empty();
        }
        Map<String, ParsedShards.Parsed> known = parsed.of(round);
        List<String> stale = new ArrayList<>();
        stamps.byId().forEach((id, stamp) -> {
            ParsedShards.Parsed kept = known.get(id);
            if (kept == null || !kept.covers(stamp.generation(), stamp.revision())) {
                stale.add(id);
            }
        });
        if (!stale.isEmpty()) {
            collection().find(in("_id", stale)).forEach(d -> {
                String id = d.getString("_id");
                ParsedShards.keep(known, id, parse(d, known.get(id)));
            });
        }
        long revision = 0;
        Instant asOf = null;
        String templateKey = null;
        Map<String, AgencyEntry> agencies = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        Map<String, Map<String, Long>> byKind = new HashMap<>();
        for (String id : shardIds(round)) {
            ParsedShards.Parsed shard = stamps.byId().containsKey(id) ? known.get(id) : null;
            if (shard == null) {
                continue; // not stored, or removed between the two queries
            }
            revision += shard.revision();
            if (shard.asOf() != null && (asOf == null || shard.asOf().isAfter(asOf))) {
                asOf = shard.asOf();
            }
            if (shard.templateKey() != null) {
                templateKey = shard.templateKey();
            }
            agencies.putAll(shard.agencies());
            shard.totals().forEach((k, v) -> totals.merge(k, v, Long::sum));
            shard.byKind().forEach((kind, c) -> c
                    .forEach((k, v) -> byKind.computeIfAbsent(kind, x -> new HashMap<>()).merge(k, v, Long::sum)));
        }
        return Optional.of(new RoundRollup(round, revision, asOf, templateKey, agencies, totals, byKind));
    }

    /**
     * Parses a fetched shard. An agency entry at the revision {@code before} (the parse kept of this shard, or null)
     * already has, in the same generation, is taken from it rather than parsed again: within a generation each entry
     * revision is written once (an update moves it from n to n + 1 only), so most of a changed shard is unchanged.
     */
    private ParsedShards.Parsed parse(Document d, ParsedShards.Parsed before) {
        String generation = d.getString(GENERATION);
        Map<String, AgencyEntry> unchanged = before != null && Objects.equals(before.generation(), generation)
                ? before.agencies() : Map.of();
        Map<String, AgencyEntry> agencies = new LinkedHashMap<>();
        Fields.document(d, "agencies").forEach((code, e) -> {
            Document stored = (Document) e;
            AgencyEntry known = unchanged.get(code);
            agencies.put(code, known != null && known.rev() == Fields.longValue(stored, "rev") ? known : toEntry(stored));
        });
        Map<String, Map<String, Long>> byKind = new HashMap<>();
        Fields.document(d, "byKind").forEach((kind, c) -> byKind.put(kind, Fields.counters((Document) c)));
        return new ParsedShards.Parsed(generation, Fields.longValue(d, REVISION), Fields.instant(d, "asOf"),
                d.getString("templateKey"), Map.copyOf(agencies),
                Map.copyOf(Fields.counters(Fields.document(d, "totals"))), Map.copyOf(byKind));
    }

    /** The sum of the shards' revisions (a cheap read to validate a cached response), or -1 when there is none. */
    public long revision(String round) {
        return stamps(round).revision();
    }

    /** Writes rebuilt rollup shards into an empty collection. */
    public void insertAll(Collection<RollupShard> rebuilt) {
        List<Document> docs = rebuilt.stream().map(this::toDocument).toList();
        for (int i = 0; i < docs.size(); i += BATCH) {
            collection().insertMany(docs.subList(i, Math.min(docs.size(), i + BATCH)));
        }
    }

    public void drop() {
        parsed.clear();
        collection().drop();
    }

    private Document toDocument(RollupShard shard) {
        RoundRollup r = shard.part();
        Document agencies = new Document();
        r.agencies().forEach((code, entry) -> agencies.append(code,
                new Document("rev", entry.rev()).append("e", json.write(entry))));
        Document byKind = new Document();
        r.byKind().forEach((kind, counters) -> byKind.append(kind, new Document(counters)));
        return new Document("_id", shardId(r.round(), shard.shard())).append("round", r.round())
                .append(GENERATION, UUID.randomUUID().toString()).append(REVISION, r.revision())
                .append("asOf", r.asOf() == null ? null : r.asOf().toString())
                .append("templateKey", r.templateKey()).append("agencies", agencies)
                .append("totals", new Document(r.totals())).append("byKind", byKind);
    }

    private AgencyEntry toEntry(Document d) {
        return json.read(d.getString("e"), AgencyEntry.class);
    }
}
