package vn.reform.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.MemoizedH2UniqueIndex;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-protocol server (mongo-java-server) bound to 127.0.0.1, answering {@code hello} and looking up by a
 * unique index the queries that pin its field and add conditions ({@link PointLookupIndex}), as MongoDB does, and
 * (file backend) answering index lookups from memory ({@link MemoizedH2UniqueIndex}) and writing documents as BSON
 * ({@link BsonDocumentType}; a store file written before keeps H2's Java serialisation: {@link StoredDocumentFormat}).
 * A failure of the store's background writer is logged: the store closes itself on one.
 *
 * <p>Durability: the file backend (H2 MVStore) survives a clean stop and restart, but may lose the last
 * second of acknowledged writes on a hard kill. The services therefore never rely on the store alone for
 * "an accepted report is never lost": submission-service re-publishes from its outbox and the rollups
 * can be rebuilt from the Kafka log.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MongoStore.class);

    /**
     * Netty event loops answering the clients. mongo-java-server runs each command on its connection's loop, so a
     * long command (a scan of a large collection, e.g. the outbox sweep's {@code published: false}: 3–6 s on a
     * 350 MB store) holds up every connection sharing that loop. Its default, two per core (4 here), put a quarter of
     * all connections behind each such scan, and start-up writes of submission-service timed out (10 s read timeout)
     * behind two of them. With a loop for each of the connections the local stack opens at start-up, a scan only
     * holds up its own connection and the commands waiting for the same collection. An idle loop costs a thread.
     */
    static final int WORKER_THREADS = 32;

    /**
     * Leaf pages of about 4 KB instead of H2's 16 KB. A commit writes every page changed since the last one whole,
     * encoding each document in it again: with 16 KB pages, a report contribution of a few KB changed once meant
     * encoding its neighbours with it. A store-only loop of the six writes of a submission (06/12, this machine) took
     * 3.6–3.7 instead of 3.9–4.9 ms of CPU per submission with 4 KB pages, allocated a fifth less and spent about a
     * third less time collecting garbage; 1 and 2 KB were no better within the loop's spread.
     */
    static final int PAGE_SPLIT_BYTES = 4096;

    private final MongoServer server;
    private final int port;

    private MongoStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A file-backed store under {@code dataDir}, for the local stack. */
    public static MongoStore fileBacked(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MVStore store = new MVStore.Builder().fileName(dataDir.resolve("mongo.mv").toString())
                .pageSplitSize(PAGE_SPLIT_BYTES)
                .backgroundExceptionHandler((thread, e) -> LOG.error("the store failed in {}", thread.getName(), e))
                .open();
        return start(new HelloAwareH2Backend(store), port);
    }

    /** An in-memory store, for tests; port 0 picks a free port. */
    public static MongoStore inMemory(int port) {
        return start(new HelloAwareMemoryBackend(), port);
    }

    /** Package-private for tests, which start it with a backend of their own. */
    static MongoStore start(MongoBackend backend, int port) {
        // no oplog: nothing here uses change streams, and mongo-java-server's oplog is one more collection that
        // every write of every database inserts into under its lock, and that grows without end
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        return new MongoStore(server, server.getLocalAddress().getPort());
    }

    /**
     * mongo-java-server answers the legacy {@code isMaster} handshake but not its successor {@code hello}, which
     * Spring Boot's Mongo health indicator (and current tools) send: answer {@code hello} as {@code isMaster}.
     */
    static String commandName(String command) {
        return "hello".equalsIgnoreCase(command) ? "isMaster" : command;
    }

    private static final class HelloAwareMemoryBackend extends MemoryBackend {
        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return super.handleCommand(channel, database, commandName(command), query);
        }

        @Override
        public MemoryDatabase openOrCreateDatabase(String name) {
            return new MemoryDatabase(name, getCursorRegistry()) {
                @Override
                protected Index<Integer> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                                 boolean sparse) {
                    return PointLookupIndex.wrap(super.openOrCreateUniqueIndex(collection, index, keys, sparse), sparse);
                }
            };
        }
    }

    private static final class HelloAwareH2Backend extends H2Backend {
        HelloAwareH2Backend(MVStore store) {
            super(store);
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return super.handleCommand(channel, database, commandName(command), query);
        }

        /** Called for every stored database while the backend is constructed, i.e. before the server binds. */
        @Override
        protected MongoDatabase openOrCreateDatabase(String name) {
            return new MemoizingH2Database(name, getMvStore(), getCursorRegistry());
        }
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
