package vn.reform.gateway.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;

/** Users in the collection {@code users}, keyed by username; every change is one single-document write. */
@Repository
public class UserStore {

    private final ReactiveMongoTemplate mongo;

    public UserStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<UserAccount> find(String username) {
        return mongo.findById(username, UserDocument.class).map(UserDocument::toAccount);
    }

    public Flux<UserAccount> findAll() {
        return mongo.find(new Query().with(Sort.by("_id")), UserDocument.class).map(UserDocument::toAccount);
    }

    /** Inserts a new user; completes empty when the username is taken. */
    public Mono<UserAccount> insertIfAbsent(UserAccount account) {
        return mongo.insert(UserDocument.of(account))
                .map(UserDocument::toAccount)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    public Mono<UserAccount> update(String username, String displayName, String agency, List<Role> roles,
                                    boolean enabled, Instant now) {
        Update update = new Update()
                .set("displayName", displayName)
                .set("agency", agency)
                .set("roles", roles)
                .set("enabled", enabled)
                .set("updatedAt", now);
        return modify(username, update);
    }

    public Mono<UserAccount> changePassword(String username, String passwordHash, Instant now) {
        return modify(username, new Update().set("passwordHash", passwordHash).set("updatedAt", now));
    }

    private Mono<UserAccount> modify(String username, Update update) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(username)), update,
                        FindAndModifyOptions.options().returnNew(true), UserDocument.class)
                .map(UserDocument::toAccount);
    }
}
