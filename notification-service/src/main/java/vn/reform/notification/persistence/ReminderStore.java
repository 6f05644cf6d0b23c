package vn.reform.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.reform.notification.domain.PlannedReminder;

/**
 * The record of every reminder: written before sending, claimed by the one delivery that sends it, then marked
 * sent, failed or cancelled. Every change of an undelivered reminder is one conditional update of its document,
 * so that two sweepers never both act on it.
 */
@Component
public class ReminderStore {

    private static final List<ReminderStatus> UNDELIVERED = List.of(ReminderStatus.PENDING, ReminderStatus.FAILED);

    private final MongoTemplate mongo;

    public ReminderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the reminder under its unique key; false when it was recorded before. */
    public boolean record(PlannedReminder reminder, Instant now) {
        try {
            mongo.insert(ReminderDocument.pending(reminder, now));
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    /** Whether the recipient's mail of that day has gone out already: at most one mail per recipient per day. */
    public boolean mailedOn(String recipient, LocalDate day) {
        return mongo.exists(query(where("mailKey").is(PlannedReminder.mailKey(recipient, day))
                .and("status").is(ReminderStatus.SENT)), ReminderDocument.class);
    }

    /**
     * Undelivered reminders of earlier days: a daily one is superseded by today's (cancelled), a once-per-deadline
     * one joins the recipient's mail of today unless that mail has gone out already.
     *
     * @return how many reminders were cancelled or moved
     */
    public int carryOver(LocalDate today, Instant now) {
        int changed = 0;
        for (ReminderDocument doc : mongo.find(query(where("status").in(UNDELIVERED).and("day").lt(today.toString())
                .andOperator(freeFor(null, now))), ReminderDocument.class)) {
            if (doc.stage().daily()) {
                markCancelled(doc.id(), null, "superseded by the reminders of " + today, now);
                changed++;
            } else if (!mailedOn(doc.recipient(), today)) {
                mongo.updateFirst(undelivered(doc.id(), null, now), new Update()
                        .set("day", today.toString()).set("mailKey", PlannedReminder.mailKey(doc.recipient(), today)),
                        ReminderDocument.class);
                changed++;
            }
        }
        return changed;
    }

    /** Undelivered reminders of the given day, oldest first. */
    public List<ReminderDocument> undeliveredOn(LocalDate day) {
        return mongo.find(query(where("status").in(UNDELIVERED).and("day").is(day.toString()))
                .with(Sort.by("createdAt", "_id")), ReminderDocument.class);
    }

    /**
     * Claims an undelivered reminder for one delivery, unless another delivery's claim on it still runs: one
     * atomic findAndModify, so that of two sweepers at most one gets it.
     *
     * @return the reminder as claimed, or empty when it was delivered, cancelled or claimed by another meanwhile
     */
    public Optional<ReminderDocument> claim(String id, String claim, Instant now, Duration duration) {
        return Optional.ofNullable(mongo.findAndModify(undelivered(id, null, now),
                new Update().set("claim", claim).set("claimedUntil", now.plus(duration)),
                FindAndModifyOptions.options().returnNew(true), ReminderDocument.class));
    }

    /** The mail went out: SENT, whatever any other delivery did or does with these reminders. */
    public void markSent(Collection<String> ids, Instant now) {
        mongo.updateMulti(query(where("_id").in(ids)), released().set("status", ReminderStatus.SENT)
                .set("sentAt", now).set("lastAttemptAt", now).set("lastError", null).inc("attempts", 1),
                ReminderDocument.class);
    }

    /** The mail did not go out: FAILED (tried again by the next sweep), if the claim is still this delivery's. */
    public void markFailed(Collection<String> ids, String claim, String error, Instant now) {
        mongo.updateMulti(query(where("_id").in(ids).and("status").in(UNDELIVERED).and("claim").is(claim)),
                released().set("status", ReminderStatus.FAILED).set("lastAttemptAt", now).set("lastError", error)
                        .inc("attempts", 1), ReminderDocument.class);
    }

    /** Cancels an undelivered reminder that is unclaimed or claimed by {@code claim} (null: unclaimed only). */
    public void markCancelled(String id, String claim, String reason, Instant now) {
        mongo.updateFirst(undelivered(id, claim, now), released().set("status", ReminderStatus.CANCELLED)
                .set("lastError", reason).set("lastAttemptAt", now), ReminderDocument.class);
    }

    private static Query undelivered(String id, String claim, Instant now) {
        return query(where("_id").is(id).and("status").in(UNDELIVERED).andOperator(freeFor(claim, now)));
    }

    /** No claim, an expired one, or {@code claim} itself. */
    private static Criteria freeFor(String claim, Instant now) {
        return new Criteria().orOperator(where("claimedUntil").is(null), where("claimedUntil").lte(now),
                where("claim").is(claim));
    }

    private static Update released() {
        return new Update().unset("claim").unset("claimedUntil");
    }

    /** Reminders, oldest first; null filters match everything. */
    public List<ReminderDocument> find(String round, String agency) {
        Query q = new Query();
        if (round != null) {
            q.addCriteria(where("round").is(round));
        }
        if (agency != null) {
            q.addCriteria(where("agency").is(agency));
        }
        return mongo.find(q.with(Sort.by("createdAt", "_id")), ReminderDocument.class);
    }
}
