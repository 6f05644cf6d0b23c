package vn.reform.submission.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import vn.reform.localstack.SharedTestInfrastructure;

/**
 * A client of this test JVM's real store that records the {@code find} commands sent through it, in a database of
 * its own (away from the service's relay and sweeps): for tests of what a component asks the store.
 */
public final class CountedStore implements AutoCloseable {

    private final List<BsonDocument> finds = new CopyOnWriteArrayList<>();
    private final MongoClient client;
    private final MongoTemplate template;

    public CountedStore(String database) {
        CommandListener recordFinds = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.add(event.getCommand().clone());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(SharedTestInfrastructure.mongoConnectionString()))
                .addCommandListener(recordFinds).build());
        template = new MongoTemplate(client, database);
    }

    public MongoTemplate template() {
        return template;
    }

    /** The find commands sent since the last call, and forgets them. */
    public List<BsonDocument> takeFinds() {
        List<BsonDocument> taken = List.copyOf(finds);
        finds.removeAll(taken);
        return taken;
    }

    @Override
    public void close() {
        client.close();
    }
}
