package vn.reform.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file-backed store writes documents as BSON in a new store file, and keeps reading and writing a file made
 * before that (Java serialisation) in its own format: every value type the services store comes back the same after
 * updates and a restart, in both; a document changed in place while it is encoded is still encoded as BSON.
 */
class StoredDocumentFormatTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewStoreWritesItsDocumentsAsBsonAndReadsThemBackAfterARestart() {
        int port = SharedTestInfrastructure.freePort();
        Document stored;
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            stored = storeAndUpdate(client.getDatabase("check").getCollection("reports"));
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("check").getCollection("reports");
            assertThat(reports.find(Filters.eq("_id", "Q4-2026|SNGV")).first()).isEqualTo(stored);
            // a collection created after the restart is in the same format
            client.getDatabase("check").getCollection("later").insertOne(new Document("_id", 1).append("x", "y"));
        }
        try (MVStore file = MVStore.open(dataDir.resolve("mongo.mv").toString())) {
            assertThat(StoredDocumentFormat.of(file)).isEqualTo(StoredDocumentFormat.BSON);
            // readable only as BSON: the bytes are the wire encoding, not Java serialisation
            for (String collection : List.of("check.reports", "check.later")) {
                MVMap<Object, de.bwaldvogel.mongo.bson.Document> map = file.openMap("databases." + collection,
                        new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().valueType(BsonDocumentType.INSTANCE));
                assertThat(map.size()).as(collection).isEqualTo(1);
                map.values().forEach(d -> assertThat(d).containsKey("_id"));
            }
        }
    }

    @Test
    void aStoreWrittenWithJavaSerialisationStaysInItsFormat() {
        int port = SharedTestInfrastructure.freePort();
        Document stored;
        // written as before BSON: mongo-java-server's own H2 backend
        MongoServer legacy = new MongoServer(new H2Backend(dataDir.resolve("mongo.mv").toString()));
        legacy.bind(new InetSocketAddress("127.0.0.1", port));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            stored = storeAndUpdate(client.getDatabase("check").getCollection("reports"));
        } finally {
            legacy.shutdownNow();
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> reports = client.getDatabase("check").getCollection("reports");
            assertThat(reports.find(Filters.eq("_id", "Q4-2026|SNGV")).first()).isEqualTo(stored);
            reports.updateOne(Filters.eq("_id", "Q4-2026|SNGV"), Updates.inc("version", 1));
            client.getDatabase("check").getCollection("later").insertOne(new Document("_id", 1).append("x", "y"));
        }
        try (MongoStore store = MongoStore.fileBacked(dataDir, port);
             var client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("check").getCollection("reports").find().first())
                    .isEqualTo(stored.append("version", stored.getInteger("version") + 1));
            assertThat(client.getDatabase("check").getCollection("later").find().first())
                    .isEqualTo(new Document("_id", 1).append("x", "y"));
        }
        try (MVStore file = MVStore.open(dataDir.resolve("mongo.mv").toString())) {
            assertThat(StoredDocumentFormat.of(file)).isEqualTo(StoredDocumentFormat.JAVA_SERIALISATION);
        }
    }

    @Test
    void aDocumentChangedInPlaceWhileItIsEncodedIsAlwaysEncodedAsWellFormedBson() throws Exception {
        // mongo-java-server updates a stored document in place while the store's writer may be encoding its page:
        // here one update after another, each changing a few fields, with a few microseconds between them. What is
        // encoded meanwhile is well-formed BSON (which fields it caught is not defined: the update puts the document
        // again, and the next commit saves it as it then is); once the updates stop, it is the document exactly.
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "Q4-2026|SNGV");
        AtomicBoolean stop = new AtomicBoolean();
        Thread updater = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                for (int field = 0; field < 4; field++) {
                    document.put("k" + (i + field) % 50, i);
                    document.remove("k" + (i + field + 25) % 50);
                }
                LockSupport.parkNanos(5_000);
            }
        });
        updater.start();
        try {
            for (int i = 0; i < 20_000; i++) {
                assertThat(decode(BsonDocumentType.encode(document))).isNotNull();
            }
        } finally {
            stop.set(true);
            updater.join();
        }
        assertThat(decode(BsonDocumentType.encode(document))).isEqualTo(document);
    }

    private static de.bwaldvogel.mongo.bson.Document decode(ByteBuf encoded) {
        try {
            return BsonDecoder.decodeBson(encoded);
        } finally {
            encoded.release();
        }
    }

    /** A document with every value type the services store, changed by the update operators they use. */
    private static Document storeAndUpdate(MongoCollection<Document> reports) {
        List<Document> agencies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            agencies.add(new Document("code", "SỞ-" + i).append("late", i % 2 == 0).append("version", i));
        }
        reports.insertOne(new Document("_id", "Q4-2026|SNGV")
                .append("title", "Báo cáo cải cách hành chính quý IV năm 2026")
                .append("version", 1)
                .append("sequence", 12_345_678_901L)
                .append("ratio", 0.875)
                .append("published", false)
                .append("signer", null)
                .append("submittedAt", Date.from(Instant.parse("2026-12-06T03:04:05.678Z")))
                .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("amount", new Decimal128(new java.math.BigDecimal("1234.5600")))
                .append("bytes", new Binary(new byte[] {1, 2, 3, 4}))
                .append("uuid", new Binary((byte) 4, uuidBytes(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))))
                .append("totals", new Document("TIN_BAI", 10L).append("parts", new Document("A", 1).append("B", 2)))
                .append("agencies", agencies)
                .append("tags", List.of("quý", "IV", 2026)));
        reports.updateOne(Filters.eq("_id", "Q4-2026|SNGV"), Updates.combine(Updates.inc("totals.TIN_BAI", 5L),
                Updates.inc("totals.parts.A", 1), Updates.set("published", true), Updates.push("tags", "đã nộp"),
                Updates.set("agencies.3.late", true)));
        return reports.find(Filters.eq("_id", "Q4-2026|SNGV")).first();
    }

    private static byte[] uuidBytes(UUID uuid) {
        return java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }
}
