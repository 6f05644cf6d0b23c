package vn.reform.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

/**
 * One real Kafka broker and one MongoDB-protocol store per JVM, started on first use on free loopback
 * ports and stopped when the JVM exits. Integration tests of every service share them; tests keep apart
 * by using their own round and agency codes (or their own database), never by restarting the infrastructure.
 */
public final class SharedTestInfrastructure {

    private static KafkaBroker kafka;
    private static MongoStore mongo;

    private SharedTestInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            try {
                kafka = KafkaBroker.start(Files.createTempDirectory("test-kafka"), freePort(), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KafkaBroker started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-kafka-shutdown"));
        }
        return kafka.bootstrapServers();
    }

    public static synchronized String mongoConnectionString() {
        if (mongo == null) {
            mongo = MongoStore.inMemory(0);
            MongoStore started = mongo;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-mongo-shutdown"));
        }
        return mongo.connectionString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
