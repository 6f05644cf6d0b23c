package vn.reform.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A lease in one MongoDB document ({@code owner}, {@code expiresAt}): only its holder sweeps, so two instances
 * never send the same reminder. Taken with one atomic findOneAndUpdate; a crashed holder's lease simply expires.
 */
@Component
public class SweepLease {

    static final String COLLECTION = "leases";
    static final String SWEEP = "reminder-sweep";

    private final MongoTemplate mongo;

    public SweepLease(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean tryAcquire(String owner, Instant now, Duration duration) {
        Criteria free = new Criteria().orOperator(where("expiresAt").lt(Date.from(now)), where("owner").is(owner));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(duration)));
        try {
            Document lease = mongo.findAndModify(query(where("_id").is(SWEEP).andOperator(free)), take,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return lease != null && owner.equals(lease.getString("owner"));
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    public void release(String owner) {
        mongo.updateFirst(query(where("_id").is(SWEEP).and("owner").is(owner)),
                new Update().set("expiresAt", new Date(0)), COLLECTION);
    }
}
