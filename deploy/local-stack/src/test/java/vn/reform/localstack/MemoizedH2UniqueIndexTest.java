package vn.reform.localstack;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file-backed store answers unique-index lookups from memory: every change of a key (insert, update of the
 * indexed field, delete, drop) must be seen by the next lookup, before and after a restart.
 */
class MemoizedH2UniqueIndexTest {

    @TempDir
    Path dataDir;

    @Test
    void aDeletedAndReinsertedDocumentIsFoundAsItIsNow() {
        withStore(SharedTestInfrastructure.freePort(), database -> {
            MongoCollection<Document> reports = database.getCollection("reports");
            reports.insertOne(new Document("_id", "Q4|SNGV").append("version", 1));
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 1);
            reports.updateOne(eq("_id", "Q4|SNGV"), Updates.set("version", 2));
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 2);

            reports.deleteOne(eq("_id", "Q4|SNGV"));
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).isNull();
            reports.insertOne(new Document("_id", "Q4|SNGV").append("version", 3));
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 3);
            assertThat(reports.updateOne(eq("_id", "Q4|SNGV"), Updates.set("version", 4)).getMatchedCount()).isEqualTo(1);
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 4);
            assertThatThrownBy(() -> reports.insertOne(new Document("_id", "Q4|SNGV")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void aChangedUniqueKeyFreesTheOldOneAndTakesTheNewOne() {
        withStore(SharedTestInfrastructure.freePort(), database -> {
            MongoCollection<Document> keys = database.getCollection("keys");
            keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            keys.insertOne(new Document("_id", "b").append("key", "k1"));
            assertThat(keys.find(eq("key", "k1")).first()).containsEntry("_id", "b");

            keys.updateOne(eq("_id", "b"), Updates.set("key", "k2"));
            assertThat(keys.find(eq("key", "k1")).first()).isNull();
            assertThat(keys.find(eq("key", "k2")).first()).containsEntry("_id", "b");
            keys.insertOne(new Document("_id", "c").append("key", "k1"));
            assertThat(keys.find(eq("key", "k1")).first()).containsEntry("_id", "c");
            assertThatThrownBy(() -> keys.insertOne(new Document("_id", "d").append("key", "k2")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void aDroppedCollectionForgetsItsKeys() {
        withStore(SharedTestInfrastructure.freePort(), database -> {
            MongoCollection<Document> rounds = database.getCollection("rounds");
            rounds.insertOne(new Document("_id", "Q4").append("title", "old"));
            assertThat(rounds.find(eq("_id", "Q4")).first()).isNotNull();
            rounds.drop();
            assertThat(rounds.find(eq("_id", "Q4")).first()).isNull();
            rounds.insertOne(new Document("_id", "Q4").append("title", "new"));
            assertThat(rounds.find(eq("_id", "Q4")).first()).containsEntry("title", "new");
        });
    }

    @Test
    void aKeyStoredBeforeARestartIsTakenWithoutHavingBeenLookedUp() {
        int port = SharedTestInfrastructure.freePort();
        withStore(port, database -> {
            database.getCollection("events").insertOne(new Document("_id", "Q4|SNGV|1"));
        });
        withStore(port, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "Q4|SNGV|1").append("again", true)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(events.countDocuments()).isEqualTo(1);
        });
    }

    @Test
    void lookupsAndUpdatesAfterARestartSeeTheStoredKeys() {
        int port = SharedTestInfrastructure.freePort();
        withStore(port, database -> {
            MongoCollection<Document> reports = database.getCollection("reports");
            reports.insertOne(new Document("_id", "Q4|SNGV").append("version", 1));
            reports.insertOne(new Document("_id", "Q4|SXD").append("version", 1));
            reports.deleteOne(eq("_id", "Q4|SXD"));
        });
        withStore(port, database -> {
            MongoCollection<Document> reports = database.getCollection("reports");
            assertThat(reports.find(eq("_id", "Q4|SXD")).first()).isNull();
            assertThat(reports.updateOne(new Document("_id", "Q4|SNGV").append("version", 1), Updates.set("version", 2))
                    .getMatchedCount()).isEqualTo(1);
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 2);
            reports.insertOne(new Document("_id", "Q4|SXD").append("version", 5));
            assertThat(reports.countDocuments()).isEqualTo(2);
            // and a key stored before the restart stays taken after an update since
            assertThatThrownBy(() -> reports.insertOne(new Document("_id", "Q4|SNGV").append("version", 9)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 2);
        });
    }

    @Test
    void aUniqueIndexCreatedAgainAfterARestartAnswersWithTheStoredKeysAndKeepsUp() {
        // the services create their indexes at every start: on a reopened store that must reuse the open index
        int port = SharedTestInfrastructure.freePort();
        withStore(port, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            events.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).name("idempotency_key"));
            events.insertOne(new Document("_id", "Q4|SNGV|1").append("idempotencyKey", "k1"));
        });
        withStore(port, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            events.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).name("idempotency_key"));

            assertThat(events.find(eq("idempotencyKey", "k1")).first()).containsEntry("_id", "Q4|SNGV|1");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "Q4|SNGV|2").append("idempotencyKey", "k1")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            events.insertOne(new Document("_id", "Q4|SNGV|2").append("idempotencyKey", "k2"));
            events.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).name("idempotency_key"));
            assertThat(events.find(eq("idempotencyKey", "k2")).first()).containsEntry("_id", "Q4|SNGV|2");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "Q4|SNGV|3").append("idempotencyKey", "k2")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void aUniqueIndexDroppedAndCreatedAgainHoldsTheKeysOfTheCollectionAsItIsNow() {
        int port = SharedTestInfrastructure.freePort();
        withStore(port, database -> {
            MongoCollection<Document> keys = database.getCollection("keys");
            keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name("by_key"));
            keys.insertOne(new Document("_id", "a").append("key", "k1"));
            keys.insertOne(new Document("_id", "b").append("key", "k2"));
        });
        withStore(port, database -> {
            MongoCollection<Document> keys = database.getCollection("keys");
            keys.dropIndex("by_key");
            keys.deleteOne(eq("_id", "a"));
            keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name("by_key"));

            assertThat(keys.find(eq("key", "k1")).first()).isNull();
            keys.insertOne(new Document("_id", "c").append("key", "k1"));
            assertThat(keys.find(eq("key", "k1")).first()).containsEntry("_id", "c");
            assertThatThrownBy(() -> keys.insertOne(new Document("_id", "d").append("key", "k2")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void aCollectionWithANonUniqueIndexIsQueriedByItsFieldAfterARestart() {
        // the file backend does not build non-unique indexes: opening one must not need the documents, and the
        // queries on its field still find them (by a scan)
        int port = SharedTestInfrastructure.freePort();
        withStore(port, database -> {
            MongoCollection<Document> contributions = database.getCollection("contributions");
            contributions.createIndex(Indexes.ascending("round"), new IndexOptions().name("by_round"));
            contributions.insertOne(new Document("_id", "Q4|SNGV").append("round", "Q4"));
        });
        withStore(port, database -> {
            MongoCollection<Document> contributions = database.getCollection("contributions");
            contributions.createIndex(Indexes.ascending("round"), new IndexOptions().name("by_round"));
            contributions.insertOne(new Document("_id", "Q4|SXD").append("round", "Q4"));
            contributions.insertOne(new Document("_id", "Q3|SXD").append("round", "Q3"));

            assertThat(contributions.countDocuments(eq("round", "Q4"))).isEqualTo(2);
            assertThat(contributions.listIndexes().map(index -> index.getString("name")).into(new java.util.ArrayList<>()))
                    .contains("by_round");
        });
    }

    /** Opens the file-backed store in {@code dataDir} on {@code port}, runs {@code use} on a database, closes both. */
    private void withStore(int port, Consumer<MongoDatabase> use) {
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            use.accept(client.getDatabase("check"));
        }
    }
}
