package vn.reform.notification.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.reform.notification.domain.LadderSettings;

/** Per-round reminder ladders set by Home Affairs. */
@Component
public class LadderStore {

    private final MongoTemplate mongo;

    public LadderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(LadderDocument ladder) {
        mongo.save(ladder);
    }

    public Optional<LadderSettings> find(String round) {
        return Optional.ofNullable(mongo.findById(round, LadderDocument.class)).map(LadderDocument::toSettings);
    }

    public Map<String, LadderSettings> all() {
        return mongo.findAll(LadderDocument.class).stream()
                .collect(Collectors.toMap(LadderDocument::round, LadderDocument::toSettings));
    }
}
