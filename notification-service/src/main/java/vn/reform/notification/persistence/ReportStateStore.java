package vn.reform.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.reform.notification.domain.PlanningView;
import vn.reform.notification.domain.ReportState;
import vn.reform.notification.domain.ReportStatus;

/** Report status per round and agency, changed by one atomic, sequence-guarded upsert per event. */
@Component
public class ReportStateStore {

    private final MongoTemplate mongo;

    public ReportStateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies a report event unless one with the same or a higher {@code sequence} was applied already.
     *
     * @return whether the event changed the state
     */
    public boolean apply(String round, String agency, ReportStatus status, Instant dueAt, long sequence, String eventId,
                         Instant now) {
        String id = PlanningView.stateKey(round, agency);
        Update update = new Update().set("round", round).set("agency", agency).set("status", status)
                .set("dueAt", dueAt).set("sequence", sequence).set("lastEventId", eventId).set("updatedAt", now);
        try {
            var result = mongo.upsert(query(where("_id").is(id).and("sequence").lt(sequence)), update,
                    ReportStateDocument.class);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyNewer) {
            return false;
        }
    }

    public Optional<ReportState> find(String round, String agency) {
        return Optional.ofNullable(mongo.findById(PlanningView.stateKey(round, agency), ReportStateDocument.class))
                .map(ReportStateDocument::toState);
    }

    public Map<String, ReportState> all() {
        return mongo.findAll(ReportStateDocument.class).stream()
                .collect(Collectors.toMap(ReportStateDocument::id, ReportStateDocument::toState));
    }
}
