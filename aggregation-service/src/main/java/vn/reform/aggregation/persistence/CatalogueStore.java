package vn.reform.aggregation.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.config.EventJson;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;

/**
 * The catalogue as the compacted catalogue topics tell it: agencies, template versions, rounds. A newer
 * {@code occurredAt} wins (an older redelivery does not overwrite); template versions are immutable. Look-ups
 * are kept for {@code catalogueCacheTtl} and never across this instance's own writes ({@link LookupCache}):
 * another instance's catalogue change is seen at most that much later.
 */
@Repository
public class CatalogueStore {

    static final String AGENCIES = "catalogue_agencies";
    static final String TEMPLATES = "catalogue_templates";
    static final String ROUNDS = "catalogue_rounds";

    private final MongoTemplate mongo;
    private final EventJson json;
    private final Map<String, Template> templateCache = new ConcurrentHashMap<>();
    private final LookupCache lookups;

    public CatalogueStore(MongoTemplate mongo, EventJson json, AggregationProperties properties) {
        this.mongo = mongo;
        this.json = json;
        this.lookups = new LookupCache(properties.catalogueCacheTtl());
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    /** Stores the agency unless a newer state is stored; returns true if this state was stored. */
    public boolean saveAgency(AgencyInfo agency, Instant occurredAt) {
        return replaceIfNotOlder(AGENCIES, agency.code(), agencyDocument(agency, occurredAt), occurredAt);
    }

    public Optional<AgencyInfo> agency(String code) {
        return lookups.get("agency:" + code, () -> Optional.ofNullable(collection(AGENCIES).find(eq("_id", code)).first())
                .map(CatalogueStore::toAgency));
    }

    public Map<String, AgencyInfo> agencies(Collection<String> codes) {
        Map<String, AgencyInfo> found = new LinkedHashMap<>();
        collection(AGENCIES).find(in("_id", codes)).forEach(d -> found.put(d.getString("_id"), toAgency(d)));
        return found;
    }

    public boolean saveTemplate(Template template) {
        try {
            collection(TEMPLATES).insertOne(templateDocument(template));
            templateCache.put(template.key(), template);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Template> template(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Template cached = templateCache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Document doc = collection(TEMPLATES).find(eq("_id", key)).first();
        if (doc == null) {
            return Optional.empty();
        }
        Template template = json.read(doc.getString("json"), Template.class);
        templateCache.put(key, template);
        return Optional.of(template);
    }

    /** Stores the round unless a newer state is stored; returns true if this state was stored. */
    public boolean saveRound(RoundInfo round, Instant occurredAt) {
        return replaceIfNotOlder(ROUNDS, round.code(), roundDocument(round, occurredAt), occurredAt);
    }

    public Optional<RoundInfo> round(String code) {
        return lookups.get("round:" + code, () -> Optional.ofNullable(collection(ROUNDS).find(eq("_id", code)).first())
                .map(this::toRound));
    }

    /** The same template's round with the latest data window ending before this one's. */
    public Optional<RoundInfo> previousRound(RoundInfo round) {
        if (round.dataTo() == null) {
            return Optional.empty();
        }
        return lookups.get("previous:" + round.templateCode() + ":" + round.dataTo(), () -> first(
                and(eq("templateCode", round.templateCode()), lt("dataTo", round.dataTo().toString())),
                Sorts.descending("dataTo")));
    }

    /** The same template's round with the earliest data window ending after this one's. */
    public Optional<RoundInfo> nextRound(RoundInfo round) {
        if (round.dataTo() == null) {
            return Optional.empty();
        }
        return lookups.get("next:" + round.templateCode() + ":" + round.dataTo(), () -> first(
                and(eq("templateCode", round.templateCode()), gt("dataTo", round.dataTo().toString())),
                Sorts.ascending("dataTo")));
    }

    public List<RoundInfo> roundsOfTemplate(String templateCode) {
        List<RoundInfo> rounds = new ArrayList<>();
        collection(ROUNDS).find(eq("templateCode", templateCode)).sort(Sorts.ascending("dataTo"))
                .forEach(d -> rounds.add(toRound(d)));
        return rounds;
    }

    /** Writes a rebuilt catalogue into empty collections. */
    public void insertAll(Map<AgencyInfo, Instant> rebuiltAgencies, List<Template> rebuiltTemplates,
                          Map<RoundInfo, Instant> rebuiltRounds) {
        List<Document> agencyDocs = new ArrayList<>();
        rebuiltAgencies.forEach((agency, at) -> agencyDocs.add(agencyDocument(agency, at)));
        insertMany(AGENCIES, agencyDocs);
        insertMany(TEMPLATES, rebuiltTemplates.stream().map(this::templateDocument).toList());
        List<Document> roundDocs = new ArrayList<>();
        rebuiltRounds.forEach((round, at) -> roundDocs.add(roundDocument(round, at)));
        insertMany(ROUNDS, roundDocs);
        lookups.changed();
    }

    private void insertMany(String name, List<Document> docs) {
        for (int i = 0; i < docs.size(); i += 1000) {
            collection(name).insertMany(docs.subList(i, Math.min(docs.size(), i + 1000)));
        }
    }

    public void drop() {
        collection(AGENCIES).drop();
        collection(TEMPLATES).drop();
        collection(ROUNDS).drop();
        templateCache.clear();
        lookups.changed();
    }

    private Optional<RoundInfo> first(Bson filter, Bson sort) {
        return Optional.ofNullable(collection(ROUNDS).find(filter).sort(sort).limit(1).first()).map(this::toRound);
    }

    private boolean replaceIfNotOlder(String collection, String id, Document doc, Instant occurredAt) {
        try {
            collection(collection).replaceOne(and(eq("_id", id), lte("occurredAt", nanos(occurredAt))), doc,
                    new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        } finally {
            lookups.changed();
        }
    }

    private static Document agencyDocument(AgencyInfo agency, Instant occurredAt) {
        return new Document("_id", agency.code()).append("name", agency.name())
                .append("kind", agency.kind()).append("occurredAt", nanos(occurredAt));
    }

    private Document templateDocument(Template template) {
        return new Document("_id", template.key()).append("code", template.code())
                .append("version", template.version()).append("json", json.write(template));
    }

    private Document roundDocument(RoundInfo round, Instant occurredAt) {
        return new Document("_id", round.code()).append("templateCode", round.templateCode())
                .append("dataTo", round.dataTo() == null ? null : round.dataTo().toString())
                .append("occurredAt", nanos(occurredAt)).append("json", json.write(round));
    }

    /** Instants as a sortable number (ISO strings do not sort when fractions of a second come and go). */
    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private RoundInfo toRound(Document d) {
        return json.read(d.getString("json"), RoundInfo.class);
    }

    private static AgencyInfo toAgency(Document d) {
        return new AgencyInfo(d.getString("_id"), d.getString("name"), d.getString("kind"));
    }
}
