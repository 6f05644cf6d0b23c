package vn.reform.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which key format a store file's indexes are in, told from its marker or, without one, from what it holds. */
class StoredIndexKeyFormatTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewStoreIsMarkedTaggedForGood() {
        try (MVStore file = open()) {
            assertThat(StoredDocumentFormat.of(file)).isEqualTo(StoredDocumentFormat.BSON);
            assertThat(StoredIndexKeyFormat.of(file)).isEqualTo(StoredIndexKeyFormat.TAGGED);
        }
        try (MVStore file = open()) {
            file.openMap("check.reports._index__id_"); // an index now exists: the marker still decides
            assertThat(StoredIndexKeyFormat.of(file)).isEqualTo(StoredIndexKeyFormat.TAGGED);
        }
    }

    @Test
    void aBsonStoreWhoseIndexesWereWrittenBeforeKeepsJavaSerialisedKeys() {
        try (MVStore file = open()) {
            MVMap<String, String> marker = file.openMap(StoredDocumentFormat.MARKER_MAP);
            marker.put(StoredDocumentFormat.MARKER_KEY, StoredDocumentFormat.BSON.name()); // as written until now
            file.openMap("databases.check.reports");
            file.openMap("check.reports._index__id_").put("k", "v");
        }
        try (MVStore file = open()) {
            assertThat(StoredDocumentFormat.of(file)).isEqualTo(StoredDocumentFormat.BSON);
            assertThat(StoredIndexKeyFormat.of(file)).isEqualTo(StoredIndexKeyFormat.JAVA_SERIALISATION);
            assertThat(file.<String, String>openMap(StoredDocumentFormat.MARKER_MAP)
                    .containsKey(StoredIndexKeyFormat.MARKER_KEY)).isFalse();
        }
    }

    @Test
    void aStoreWithoutAnyMarkerIsLeftWithoutOne() {
        try (MVStore file = open()) {
            file.openMap("databases.check.reports").put("k", "v"); // mongo-java-server's own backend
        }
        try (MVStore file = open()) {
            assertThat(StoredIndexKeyFormat.of(file)).isEqualTo(StoredIndexKeyFormat.JAVA_SERIALISATION);
            assertThat(file.hasMap(StoredDocumentFormat.MARKER_MAP)).isFalse();
            assertThat(StoredDocumentFormat.of(file)).isEqualTo(StoredDocumentFormat.JAVA_SERIALISATION);
        }
    }

    @Test
    void uniqueIndexesOfANewStoreFindAndRefuseKeysAfterARestart() {
        int port = SharedTestInfrastructure.freePort();
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("check").getCollection("events");
            events.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).name("idem"));
            for (int i = 0; i < 300; i++) { // several B-tree pages
                events.insertOne(new Document("_id", "Q4-2026|SNGV|" + i).append("idempotencyKey", "key-" + i));
            }
            events.insertOne(new Document("_id", 7L).append("idempotencyKey", 7));
            events.deleteOne(Filters.eq("_id", "Q4-2026|SNGV|5"));
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("check").getCollection("events");
            assertThat(events.find(Filters.eq("_id", "Q4-2026|SNGV|299")).first()).containsEntry("idempotencyKey", "key-299");
            assertThat(events.find(Filters.eq("idempotencyKey", 7)).first()).containsEntry("_id", 7L);
            assertThat(events.find(Filters.eq("_id", "Q4-2026|SNGV|5")).first()).isNull();
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "Q4-2026|SNGV|3").append("idempotencyKey", "new")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "new").append("idempotencyKey", "key-3")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            events.insertOne(new Document("_id", "Q4-2026|SNGV|5").append("idempotencyKey", "key-5")); // freed
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 7).append("idempotencyKey", 8)))
                    .as("7 and 7L are one key, as in MongoDB").hasMessageContaining("duplicate key");
            assertThat(events.countDocuments()).isEqualTo(301);
        }
        try (MVStore file = open()) {
            assertThat(StoredIndexKeyFormat.of(file)).isEqualTo(StoredIndexKeyFormat.TAGGED);
            MVMap<KeyValue, Object> idem = file.openMap("check.events._index_idem",
                    new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
            assertThat(idem.size()).isEqualTo(301);
            assertThat(idem.containsKey(new KeyValue("key-299"))).isTrue();
            assertThat(idem.containsKey(new KeyValue(7L).normalized())).isTrue(); // numbers are kept normalised
        }
    }

    private MVStore open() {
        return MVStore.open(dataDir.resolve("mongo.mv").toString());
    }
}
