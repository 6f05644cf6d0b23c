package vn.reform.localstack;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
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
        try (MongoStore store = MongoStore.fileBacked(dataDir, SharedTestInfrastructure.freePort());
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("check").getCollection("reports");
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
        }
    }

    @Test
    void aChangedUniqueKeyFreesTheOldOneAndTakesTheNewOne() {
        try (MongoStore store = MongoStore.fileBacked(dataDir, SharedTestInfrastructure.freePort());
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> keys = client.getDatabase("check").getCollection("keys");
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
        }
    }

    @Test
    void aDroppedCollectionForgetsItsKeys() {
        try (MongoStore store = MongoStore.fileBacked(dataDir, SharedTestInfrastructure.freePort());
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> rounds = client.getDatabase("check").getCollection("rounds");
            rounds.insertOne(new Document("_id", "Q4").append("title", "old"));
            assertThat(rounds.find(eq("_id", "Q4")).first()).isNotNull();
            rounds.drop();
            assertThat(rounds.find(eq("_id", "Q4")).first()).isNull();
            rounds.insertOne(new Document("_id", "Q4").append("title", "new"));
            assertThat(rounds.find(eq("_id", "Q4")).first()).containsEntry("title", "new");
        }
    }

    @Test
    void aKeyStoredBeforeARestartIsTakenWithoutHavingBeenLookedUp() {
        int port = SharedTestInfrastructure.freePort();
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("check").getCollection("events").insertOne(new Document("_id", "Q4|SNGV|1"));
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("check").getCollection("events");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "Q4|SNGV|1").append("again", true)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(events.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void lookupsAndUpdatesAfterARestartSeeTheStoredKeys() {
        int port = SharedTestInfrastructure.freePort();
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("check").getCollection("reports");
            reports.insertOne(new Document("_id", "Q4|SNGV").append("version", 1));
            reports.insertOne(new Document("_id", "Q4|SXD").append("version", 1));
            reports.deleteOne(eq("_id", "Q4|SXD"));
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("check").getCollection("reports");
            assertThat(reports.find(eq("_id", "Q4|SXD")).first()).isNull();
            assertThat(reports.updateOne(new Document("_id", "Q4|SNGV").append("version", 1), Updates.set("version", 2))
                    .getMatchedCount()).isEqualTo(1);
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 2);
            reports.insertOne(new Document("_id", "Q4|SXD").append("version", 5));
            assertThat(reports.countDocuments()).isEqualTo(2);
            // a key stored before the restart is taken, though nothing looked it up since
            assertThatThrownBy(() -> reports.insertOne(new Document("_id", "Q4|SNGV").append("version", 9)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(reports.find(eq("_id", "Q4|SNGV")).first()).containsEntry("version", 2);
        }
    }
}
