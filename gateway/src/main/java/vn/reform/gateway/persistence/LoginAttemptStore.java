package vn.reform.gateway.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Failed sign-ins per username (known or not, so that the answer does not tell which usernames exist),
 * in the collection {@code login_attempts}; each change is one atomic single-document update.
 */
@Repository
public class LoginAttemptStore {

    private final ReactiveMongoTemplate mongo;

    public LoginAttemptStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<LoginAttempts> find(String username) {
        return mongo.findById(username, LoginAttempts.class);
    }

    /** Counts one more failure and answers the new count. */
    public Mono<LoginAttempts> recordFailure(String username, Instant at) {
        return mongo.findAndModify(byId(username),
                new Update().inc("failures", 1).set("lastFailureAt", at),
                FindAndModifyOptions.options().upsert(true).returnNew(true), LoginAttempts.class);
    }

    /** Locks the username until {@code until} and starts the count again for after the lock. */
    public Mono<Void> lock(String username, Instant until) {
        return mongo.updateFirst(byId(username), new Update().set("lockedUntil", until).set("failures", 0),
                LoginAttempts.class).then();
    }

    public Mono<Void> clear(String username) {
        return mongo.remove(byId(username), LoginAttempts.class).then();
    }

    private static Query byId(String username) {
        return Query.query(Criteria.where("_id").is(username));
    }

    @Document("login_attempts")
    public record LoginAttempts(@Id String username, int failures, Instant lastFailureAt, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
