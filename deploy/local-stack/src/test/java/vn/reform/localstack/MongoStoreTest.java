package vn.reform.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.Channel;
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

    @Test
    void aCommandThatTakesLongHoldsUpNoOtherConnection() throws Exception {
        // mongo-java-server runs each command on its connection's event loop; with its default of two loops per
        // core, a long scan held up every connection sharing its loop (start-up writes of the services timed out)
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newCachedThreadPool();
        List<MongoClient> clients = new ArrayList<>();
        try (MongoStore store = MongoStore.start(new BlockingBackend(release), 0)) {
            try {
                MongoClient blocked = client(store, clients);
                blocked.getDatabase("admin").runCommand(new Document("ping", 1));
                Future<Document> longCommand = threads.submit(
                        () -> blocked.getDatabase("admin").runCommand(new Document(BlockingBackend.COMMAND, 1)));
                // each further client has its own connections (with the driver's two monitors: 3 each, 21 in all)
                List<Future<Document>> pings = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    MongoClient other = client(store, clients);
                    pings.add(threads.submit(() -> other.getDatabase("admin").runCommand(new Document("ping", 1))));
                }
                for (Future<Document> ping : pings) {
                    assertThat(ping.get(20, TimeUnit.SECONDS).get("ok")).isIn(1, 1.0); // while the long command runs
                }
                assertThat(longCommand).isNotDone();
                release.countDown();
                assertThat(longCommand.get(20, TimeUnit.SECONDS).get("ok")).isIn(1, 1.0);
            } finally {
                release.countDown(); // before the store closes: its loops are shut down and waited for
                clients.forEach(MongoClient::close);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static MongoClient client(MongoStore store, List<MongoClient> clients) {
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(1))
                .applyToSocketSettings(socket -> socket.readTimeout(30, TimeUnit.SECONDS))
                .build());
        clients.add(client);
        return client;
    }

    /** Answers {@value #COMMAND} only once released, on its connection's event loop, as a long scan would. */
    private static final class BlockingBackend extends MemoryBackend {
        static final String COMMAND = "blockUntilReleased";
        private final CountDownLatch release;

        BlockingBackend(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String database, String command,
                                      de.bwaldvogel.mongo.bson.Document query) {
            if (COMMAND.equals(command)) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new de.bwaldvogel.mongo.bson.Document("ok", 1.0);
            }
            return super.handleCommand(channel, database, command, query);
        }
    }
}
