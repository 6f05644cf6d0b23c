package vn.reform.aggregation.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import vn.reform.aggregation.config.EventJson;
import vn.reform.aggregation.domain.AppliedState;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.ReportStatus;

/**
 * Contributions, one document per {@code round|agency}. Every write replaces the whole document under an
 * optimistic check on {@code docVersion}: a single-document atomic compare-and-set.
 */
@Repository
public class ContributionStore {

    static final String COLLECTION = "contributions";
    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final EventJson json;

    public ContributionStore(MongoTemplate mongo, EventJson json) {
        this.mongo = mongo;
        this.json = json;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    public void ensureIndexes() {
        collection().createIndex(Indexes.ascending("round"), new IndexOptions().name("by_round"));
        collection().createIndex(Indexes.ascending("agency"), new IndexOptions().name("by_agency"));
        collection().createIndex(Indexes.ascending("templateKey"), new IndexOptions().name("by_template"));
    }

    public Optional<Contribution> find(String round, String agency) {
        return Optional.ofNullable(collection().find(eq("_id", Contribution.id(round, agency))).first())
                .map(this::toContribution);
    }

    /**
     * Stores {@code next} if the stored document still has {@code next.docVersion()} (0: not stored yet).
     * Returns false when another writer got there first; the caller re-reads and retries.
     */
    public boolean save(Contribution next) {
        Document doc = toDocument(next).append("docVersion", next.docVersion() + 1);
        if (next.docVersion() == 0) {
            try {
                collection().insertOne(doc);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        Bson filter = and(eq("_id", next.id()), eq("docVersion", next.docVersion()));
        return collection().replaceOne(filter, doc).getMatchedCount() == 1;
    }

    public List<Contribution> findByRound(String round) {
        return findAll(eq("round", round));
    }

    public List<Contribution> findByAgency(String agency) {
        return findAll(eq("agency", agency));
    }

    public List<Contribution> findByTemplateKey(String templateKey) {
        return findAll(eq("templateKey", templateKey));
    }

    private List<Contribution> findAll(Bson filter) {
        List<Contribution> found = new ArrayList<>();
        collection().find(filter).forEach(d -> found.add(toContribution(d)));
        return found;
    }

    /** Writes rebuilt contributions into an empty collection. */
    public void insertAll(java.util.Collection<Contribution> rebuilt) {
        List<Document> docs = rebuilt.stream().map(c -> toDocument(c).append("docVersion", c.docVersion() + 1))
                .toList();
        for (int i = 0; i < docs.size(); i += BATCH) {
            collection().insertMany(docs.subList(i, Math.min(docs.size(), i + BATCH)));
        }
    }

    public void drop() {
        collection().drop();
    }

    private Document toDocument(Contribution c) {
        return new Document("_id", c.id())
                .append("round", c.round())
                .append("agency", c.agency())
                .append("sequence", c.sequence())
                .append("valuesSequence", c.valuesSequence())
                .append("eventIds", c.eventIds())
                .append("status", c.status() == null ? null : c.status().name())
                .append("version", c.version())
                .append("submittedAt", Fields.instant(c.submittedAt()))
                .append("late", c.late())
                .append("submittedBy", c.submittedBy())
                .append("templateKey", c.templateKey())
                .append("documentNumber", c.documentNumber())
                .append("signer", c.signer())
                .append("values", c.values() == null ? null : json.write(c.values()))
                .append("narrative", new Document(c.narrative()))
                .append("returnReason", c.returnReason())
                .append("applied", toDocument(c.applied()))
                .append("pending", c.pending() == null ? null : toDocument(c.pending()));
    }

    private static Document toDocument(AppliedState state) {
        return new Document("rev", state.rev()).append("kind", state.kind())
                .append("counters", new Document(state.counters()));
    }

    private Contribution toContribution(Document d) {
        String status = d.getString("status");
        String values = d.getString("values");
        return new Contribution(d.getString("round"), d.getString("agency"), Fields.longValue(d, "docVersion"),
                Fields.longValue(d, "sequence"), Fields.longValue(d, "valuesSequence"),
                Fields.strings(d, "eventIds"), status == null ? null : ReportStatus.valueOf(status),
                Fields.integer(d, "version"), Fields.instant(d, "submittedAt"), Fields.bool(d, "late"),
                d.getString("submittedBy"), d.getString("templateKey"), d.getString("documentNumber"),
                d.getString("signer"), values == null ? null : json.tree(values),
                Fields.texts(d.get("narrative", Document.class)), d.getString("returnReason"),
                toAppliedState(d.get("applied", Document.class)), toAppliedState(d.get("pending", Document.class)));
    }

    private static AppliedState toAppliedState(Document d) {
        if (d == null) {
            return null;
        }
        return new AppliedState(Fields.longValue(d, "rev"), d.getString("kind"),
                Fields.counters(d.get("counters", Document.class)));
    }
}
