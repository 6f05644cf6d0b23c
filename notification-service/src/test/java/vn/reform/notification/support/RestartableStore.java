package vn.reform.notification.support;

import java.util.Set;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * A MongoDB-protocol store (mongo-java-server, in memory) of one test's own, on a port fixed for its life: the
 * test stops it, starts it again on the same port, and may have it refuse writes as a replica does that is not
 * (yet) primary after a restart. The shared store of the other tests stays up.
 */
public final class RestartableStore implements AutoCloseable {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");

    private final int port = SharedTestInfrastructure.freePort();
    private volatile boolean primary = true;
    private MongoServer server;

    public RestartableStore() {
        start();
    }

    /** The connection string, with short timeouts so that a test sees failures quickly while the store is down. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000";
    }

    public synchronized void start() {
        if (server == null) {
            server = new MongoServer(new Backend());
            server.bind("127.0.0.1", port);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** While false, every write is refused with {@code NotWritablePrimary} (code 10107), as by a secondary. */
    public void primary(boolean primary) {
        this.primary = primary;
    }

    @Override
    public void close() {
        stop();
    }

    private final class Backend extends MemoryBackend {
        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            if (!primary && WRITES.contains(command.toLowerCase())) {
                throw new MongoServerError(10107, "NotWritablePrimary", "not primary");
            }
            // Boot's and current tools' handshake 'hello' is the legacy 'isMaster' to mongo-java-server
            return super.handleCommand(channel, database, "hello".equalsIgnoreCase(command) ? "isMaster" : command,
                    query);
        }
    }
}
