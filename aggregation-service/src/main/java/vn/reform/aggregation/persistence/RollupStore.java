package vn.reform.aggregation.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.Outlier;
import vn.reform.aggregation.domain.RoundRollup;

/**
 * Round rollups, one document per round ({@code _id} = round code), read by key. Totals are flat counters
 * ({@code totals["TIN_BAI:sum"]}, {@code byKind.DEPARTMENT["TIN_BAI:sum"]}); each agency has an entry under
 * {@code agencies.<code>} whose {@code rev} guards every update: a change is applied with one conditional
 * {@code $inc}/{@code $set} that matches only if the entry still has the revision the delta was computed from.
 */
@Repository
public class RollupStore {

    static final String COLLECTION = "rollups";
    private static final int BATCH = 200;

    private final MongoTemplate mongo;

    public RollupStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    public void ensure(String round) {
        try {
            collection().updateOne(eq("_id", round),
                    Updates.combine(Updates.setOnInsert("revision", 0L), Updates.setOnInsert("agencies", new Document()),
                            Updates.setOnInsert("totals", new Document()), Updates.setOnInsert("byKind", new Document())),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public Optional<AgencyEntry> entry(String round, String agency) {
        Document doc = collection().find(eq("_id", round)).projection(Projections.include("agencies." + agency))
                .first();
        if (doc == null) {
            return Optional.empty();
        }
        Document entry = Fields.document(doc, "agencies").get(agency, Document.class);
        return Optional.ofNullable(entry).map(e -> toEntry(agency, e));
    }

    /**
     * Applies one agency's change: sets its entry (carrying the new revision) and adds {@code increments} to the
     * counters, only if the stored entry has revision {@code expectedRev} (0: no entry yet). False otherwise.
     */
    public boolean apply(String round, AgencyEntry entry, long expectedRev, Map<String, Long> increments,
                         String templateKey) {
        String path = "agencies." + entry.code();
        Bson filter = expectedRev == 0 ? and(eq("_id", round), exists(path, false))
                : and(eq("_id", round), eq(path + ".rev", expectedRev));
        Document set = new Document(path, toDocument(entry)).append("asOf", Instant.now().toString());
        if (templateKey != null) {
            set.append("templateKey", templateKey);
        }
        Document inc = new Document("revision", 1L);
        increments.forEach(inc::append);
        Document update = new Document("$set", set).append("$inc", inc);
        return collection().updateOne(filter, update).getMatchedCount() == 1;
    }

    public Optional<RoundRollup> find(String round) {
        return Optional.ofNullable(collection().find(eq("_id", round)).first()).map(RollupStore::toRollup);
    }

    /** The rollup's revision alone (a cheap read to validate a cached response), or -1 when there is none. */
    public long revision(String round) {
        Document doc = collection().find(eq("_id", round)).projection(Projections.include("revision")).first();
        return doc == null ? -1 : Fields.longValue(doc, "revision");
    }

    /** Writes rebuilt rollups into an empty collection. */
    public void insertAll(java.util.Collection<RoundRollup> rebuilt) {
        List<Document> docs = rebuilt.stream().map(RollupStore::toDocument).toList();
        for (int i = 0; i < docs.size(); i += BATCH) {
            collection().insertMany(docs.subList(i, Math.min(docs.size(), i + BATCH)));
        }
    }

    private static Document toDocument(RoundRollup r) {
        Document agencies = new Document();
        r.agencies().forEach((code, entry) -> agencies.append(code, toDocument(entry)));
        Document byKind = new Document();
        r.byKind().forEach((kind, counters) -> byKind.append(kind, new Document(counters)));
        return new Document("_id", r.round()).append("revision", r.revision())
                .append("asOf", r.asOf() == null ? null : r.asOf().toString()).append("templateKey", r.templateKey())
                .append("agencies", agencies).append("totals", new Document(r.totals())).append("byKind", byKind);
    }

    public void drop() {
        collection().drop();
    }

    private static RoundRollup toRollup(Document d) {
        Map<String, AgencyEntry> agencies = new LinkedHashMap<>();
        Fields.document(d, "agencies").forEach((code, e) -> agencies.put(code, toEntry(code, (Document) e)));
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        Fields.document(d, "byKind").forEach((kind, c) -> byKind.put(kind, Fields.counters((Document) c)));
        String asOf = d.getString("asOf");
        return new RoundRollup(d.getString("_id"), Fields.longValue(d, "revision"),
                asOf == null ? null : Instant.parse(asOf), d.getString("templateKey"), agencies,
                Fields.counters(Fields.document(d, "totals")), byKind);
    }

    private static Document toDocument(AgencyEntry e) {
        List<Document> outliers = e.outliers().stream().map(o -> new Document("indicator", o.indicator())
                .append("value", o.value().toPlainString()).append("previous", o.previous().toPlainString())
                .append("previousRound", o.previousRound()).append("factor", o.factor().toPlainString())).toList();
        return new Document("status", e.status()).append("version", e.version())
                .append("submittedAt", Fields.instant(e.submittedAt())).append("late", e.late())
                .append("submitted", e.submitted()).append("kind", e.kind()).append("rev", e.rev())
                .append("awaitingTemplate", e.awaitingTemplate()).append("missingWeights", e.missingWeights())
                .append("outliers", outliers).append("returnReason", e.returnReason());
    }

    private static AgencyEntry toEntry(String code, Document d) {
        List<Outlier> outliers = d.getList("outliers", Document.class, List.of()).stream()
                .map(o -> new Outlier(o.getString("indicator"), new java.math.BigDecimal(o.getString("value")),
                        new java.math.BigDecimal(o.getString("previous")), o.getString("previousRound"),
                        new java.math.BigDecimal(o.getString("factor")))).toList();
        return new AgencyEntry(code, d.getString("status"), Fields.integer(d, "version"),
                Fields.instant(d, "submittedAt"), Fields.bool(d, "late"), Fields.bool(d, "submitted"),
                d.getString("kind"), Fields.longValue(d, "rev"), Fields.bool(d, "awaitingTemplate"),
                Fields.strings(d, "missingWeights"), outliers, d.getString("returnReason"));
    }
}
