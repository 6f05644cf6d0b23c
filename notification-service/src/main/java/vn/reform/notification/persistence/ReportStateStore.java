package vn.reform.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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

    /**
     * The states a sweep needs, by {@code round|agency}: every state of the given rounds (the open ones, and those
     * reopened for some agency), and the reports asked for again (returned, reopened) in any round. The settled
     * reports of the other rounds, i.e. most of the history, are not read.
     */
    public Map<String, ReportState> ofRoundsOrAwaited(Collection<String> rounds) {
        List<ReportStatus> awaited = Arrays.stream(ReportStatus.values()).filter(ReportStatus::awaited).toList();
        Criteria wanted = new Criteria().orOperator(where("round").in(rounds), where("status").in(awaited));
        return mongo.find(query(wanted), ReportStateDocument.class).stream()
                .collect(Collectors.toMap(ReportStateDocument::id, ReportStateDocument::toState));
    }
}
