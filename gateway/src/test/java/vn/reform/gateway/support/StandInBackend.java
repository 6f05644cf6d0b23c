package vn.reform.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny real HTTP server standing in for the services behind the gateway: it records every request it gets
 * (method, path, headers, body) and answers what a test told it for a path, or 200 {@code {"echo": path}}.
 */
public final class StandInBackend {

    private static StandInBackend shared;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private StandInBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized StandInBackend shared() {
        if (shared == null) {
            shared = new StandInBackend();
            StandInBackend started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started.server.stop(0), "stand-in-backend-stop"));
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the stand-in answers for {@code method path} (path without query). */
    public void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    public List<Received> receivedFor(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public Received lastFor(String path) {
        List<Received> all = receivedFor(path);
        if (all.isEmpty()) {
            throw new AssertionError("the stand-in backend got nothing for " + path);
        }
        return all.get(all.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestMethod(), path, copy(exchange.getRequestHeaders()), body);
        received.add(request);
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                r -> Reply.json(200, "{\"echo\":\"" + path + "\"}"));
        Reply reply = answer.reply(request); // this request's, not the last received (calls run concurrently)
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis()); // the slow service being simulated, not test synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static Map<String, String> copy(Headers headers) {
        Map<String, String> copy = new ConcurrentHashMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        return copy;
    }

    public record Received(String method, String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    public record Reply(int status, String contentType, String body, long delayMillis, Map<String, String> headers) {

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, 0, Map.of());
        }

        public Reply after(long millis) {
            return new Reply(status, contentType, body, millis, headers);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, contentType, body, delayMillis, Map.copyOf(more));
        }
    }

    @FunctionalInterface
    public interface Answer {
        Reply reply(Received request);
    }
}
