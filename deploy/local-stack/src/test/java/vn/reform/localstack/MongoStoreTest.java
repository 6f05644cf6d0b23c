package vn.reform.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void answersTheHelloCommandThatHealthChecksSend() {
        try (MongoStore store = MongoStore.inMemory(0);
             var client = MongoClients.create(store.connectionString())) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok")).isIn(1, 1.0);
            assertThat(hello.getInteger("maxWireVersion")).isPositive();
        }
    }

    @Test
    void fileBackedStoreKeepsDocumentsAcrossACleanRestart() {
        int port = SharedTestInfrastructure.freePort();
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            client.getDatabase("check").getCollection("reports").insertOne(new Document("_id", "Q4-2026|SNGV"));
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("check").getCollection("reports").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void writesAreNotCopiedIntoAnOplog() {
        // an oplog (only needed for change streams, which nothing uses) would add an insert under one more lock to
        // every write and grow without end in the data file
        int port = SharedTestInfrastructure.freePort();
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            var reports = client.getDatabase("check").getCollection("reports");
            reports.insertOne(new Document("_id", "Q4-2026|SNGV").append("version", 1));
            reports.updateOne(new Document("_id", "Q4-2026|SNGV"), new Document("$set", new Document("version", 2)));
            assertThat(client.getDatabase("local").listCollectionNames().into(new java.util.ArrayList<>()))
                    .doesNotContain("oplog.rs");
        }
    }
}
