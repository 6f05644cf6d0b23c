package vn.reform.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the public API of ../shared/api.md, signed in as one user through the gateway. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String bearer;

    private ApiClient(String baseUrl, String bearer) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
    }

    /** Signs in with {@code POST /api/auth/token}. */
    public static ApiClient signIn(String gatewayUrl, String username, String password) {
        ApiClient anonymous = new ApiClient(gatewayUrl, null);
        Response response = anonymous.send("POST", "/api/auth/token", Map.of("username", username, "password", password), Map.of());
        if (response.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response);
        }
        return new ApiClient(gatewayUrl, response.json().get("accessToken").asString());
    }

    public static ApiClient withBearer(String baseUrl, String token) {
        return new ApiClient(baseUrl, token);
    }

    public static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null);
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return exchange(request);
    }

    /** Sends bytes as they are, with the given content type (null: no body). */
    public Response sendRaw(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return exchange(request);
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType, String retryAfter) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
