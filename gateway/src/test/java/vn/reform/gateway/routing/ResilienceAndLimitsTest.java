package vn.reform.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.GatewayTestBase;
import vn.reform.gateway.support.StandInBackend.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** Test settings: 3 s time limit, Retry-After 7 s, 5 requests/s with bursts of 30, bodies up to 64 KB. */
class ResilienceAndLimitsTest extends GatewayTestBase {

    @Test
    void aServiceThatIsDownIsAnswered503WithRetryAfterForEveryMethod() {
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            client.method(method).uri("/api/notification/anything?round=R1")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                    .exchange()
                    .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader().valueEquals("Retry-After", "7")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(503)
                    .jsonPath("$.code").isEqualTo("unavailable")
                    .jsonPath("$.instance").isEqualTo("/api/notification/anything")
                    .jsonPath("$.detail").value(d -> assertThat((String) d).contains("notification-service"));
        }
    }

    @Test
    void aServiceTooSlowIsCutOffByTheTimeLimiter() {
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));
        String path = "/api/rollups/" + uniqueCode("SLOW");
        BACKEND.answer("GET", path, request -> Reply.json(200, "{}").after(6000));

        long start = System.nanoTime();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(5500));
    }

    @Test
    void onlyGetsAreRetried() {
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));
        String path = "/api/catalogue/" + uniqueCode("FLAKY");
        AtomicInteger calls = new AtomicInteger();
        BACKEND.answer("GET", path, request -> calls.incrementAndGet() == 1 ? Reply.json(503, "{}") : Reply.json(200, "{\"ok\":true}"));
        BACKEND.answer("POST", path, request -> Reply.json(503, "{}"));

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);
        assertThat(BACKEND.receivedFor(path).stream().filter(r -> r.method().equals("GET"))).hasSize(2);

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(BACKEND.receivedFor(path).stream().filter(r -> r.method().equals("POST"))).hasSize(1);
    }

    @Test
    void manyConcurrentCallsToABusyServiceAreAllPassedOnAndDoNotOpenItsBreaker() {
        String path = "/api/catalogue/" + uniqueCode("BUSY-SERVICE");
        BACKEND.answer("POST", path, request -> Reply.json(201, "{\"ok\":true}").after(300));
        List<String> tokens = Flux.range(0, 8).map(i -> bearer(newUser("SNV", Role.HOME_AFFAIRS))).collectList().block();
        WebClient web = WebClient.create(baseUrl());
        List<Integer> statuses = Flux.range(0, 96)
                .flatMap(i -> web.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(i % tokens.size()))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())), 48)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(statuses).as("48 calls in flight at once, more than the default bulkhead of 25").containsOnly(201);
        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(0))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isCreated();
    }

    @Test
    void aUserPastTheRateLimitGets429WithRetryAfterWhileOthersGoOn() {
        UserAccount busy = newUser("STP", Role.AGENCY_STAFF);
        String busyToken = bearer(busy);
        String path = "/api/catalogue/" + uniqueCode("BUSY");
        WebClient web = WebClient.create(baseUrl());
        List<Answer> answers = Flux.range(0, 120)
                .flatMap(i -> web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + busyToken)
                        .exchangeToMono(r -> r.bodyToMono(String.class).defaultIfEmpty("")
                                .map(body -> new Answer(r.statusCode().value(), r.headers().asHttpHeaders(), body))), 16)
                .collectList().block(Duration.ofSeconds(30));

        List<Answer> refused = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(refused).isNotEmpty();
        Answer first = refused.get(0);
        assertThat(Long.parseLong(first.headers().getFirst("Retry-After"))).isGreaterThanOrEqualTo(1);
        assertThat(first.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(first.body()).contains("\"rate_limited\"");
        String otherToken = bearer(newUser("STP", Role.AGENCY_STAFF));
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + otherToken).exchange().expectStatus().isOk();
    }

    private record Answer(int status, HttpHeaders headers, String body) {
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeReachingTheService() {
        String token = bearer(newUser("STP", Role.AGENCY_STAFF));
        String path = "/api/rounds/" + uniqueCode("BIG") + "/reports/STP/draft";

        client.put().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"narrative\":\"" + "x".repeat(100_000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("too_large");
        assertThat(BACKEND.receivedFor(path)).isEmpty();
    }

    @Test
    void aBodySentInChunksIsMeasuredTooAndPassedOnWhenSmallEnough() {
        String token = bearer(newUser("STP", Role.AGENCY_STAFF));
        String big = "/api/rounds/" + uniqueCode("CHUNKED") + "/reports/STP/draft";
        String small = "/api/rounds/" + uniqueCode("CHUNKED") + "/reports/STP/draft";

        client.put().uri(big).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.range(0, 100).map(i -> "x".repeat(1000)), String.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        client.put().uri(small).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.just("{\"values\":", "{\"TIN_BAI\":35}}"), String.class)
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKEND.receivedFor(big)).isEmpty();
        assertThat(BACKEND.lastFor(small).body()).isEqualTo("{\"values\":{\"TIN_BAI\":35}}");
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        String token = bearer(newUser("STP", Role.AGENCY_STAFF));
        for (EntityExchangeResult<byte[]> result : List.of(
                client.get().uri("/login").exchange().expectBody().returnResult(),
                client.get().uri("/api/catalogue/headers").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange().expectBody().returnResult())) {
            HttpHeaders headers = result.getResponseHeaders();
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }
}
