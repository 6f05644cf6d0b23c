package vn.reform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's reader against a real HTTP server: whole answers, one connection kept, refusals reported. */
class KeepAliveReaderTest {

    private static final byte[] PLAIN = "{\"agencies\":[\"A\",\"B\"]}".repeat(5_000).getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> authorizations = new ArrayList<>();
    private final List<Integer> clientPorts = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/rollups/Q4", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] gzipped = gzip(PLAIN);
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            // chunked (length 0) for the first answer, Content-Length for the others
            exchange.sendResponseHeaders(200, authorizations.size() == 1 ? 0 : gzipped.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(gzipped);
            }
        });
        server.createContext("/api/rollups/Q3", exchange -> {
            byte[] problem = "{\"code\":\"FORBIDDEN\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, problem.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(problem);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void receivesWholeAnswersChunkedOrNotOnOneConnection() {
        try (KeepAliveReader reader = new KeepAliveReader("http://127.0.0.1:" + server.getAddress().getPort())) {
            for (int i = 0; i < 3; i++) {
                StackApi.Read read = reader.get("/api/rollups/Q4", "token-" + i);
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.bytes()).as("unpacked size, from the gzip trailer").isEqualTo(PLAIN.length);
                assertThat(read.wireBytes()).isEqualTo(gzip(PLAIN).length);
            }
        }
        assertThat(authorizations).containsExactly("Bearer token-0", "Bearer token-1", "Bearer token-2");
        assertThat(clientPorts).as("one connection, kept alive").containsOnly(clientPorts.get(0));
    }

    @Test
    void aRefusalComesWithItsProblemAndTheConnectionStaysUsable() {
        try (KeepAliveReader reader = new KeepAliveReader("http://127.0.0.1:" + server.getAddress().getPort())) {
            StackApi.Read refused = reader.get("/api/rollups/Q3", "t");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.problem()).contains("FORBIDDEN");
            assertThat(reader.get("/api/rollups/Q4", "t").status()).isEqualTo(200);
        }
    }

    @Test
    void aServerThatIsNotThereIsAnErrorNotAnException() {
        int port = server.getAddress().getPort();
        server.stop(0);
        try (KeepAliveReader reader = new KeepAliveReader("http://127.0.0.1:" + port)) {
            assertThat(reader.get("/api/rollups/Q4", "t").status()).isEqualTo(-1);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
