package vn.reform.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.reform.gateway.domain.Role;
import vn.reform.gateway.support.GatewayTestBase;
import vn.reform.gateway.support.StandInBackend.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregation-service route's {@code CoalesceReads} filter, against a real HTTP stand-in for the service. */
class CoalescedReadsTest extends GatewayTestBase {

    @Autowired
    CoalesceReadsGatewayFilterFactory coalescing;

    @Test
    void identicalReadsInFlightAtOnceShareOneCallAndEachGetsTheWholeAnswer() {
        String path = countingRound("BUSY-ROUND", 400);
        List<String> tokens = Flux.range(0, 4).map(i -> bearer(newUser("SNV", Role.HOME_AFFAIRS))).collectList().block();

        List<Answer> answers = Flux.range(0, 16)
                .flatMap(i -> read(path, tokens.get(i % tokens.size())), 16)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(answers).hasSize(16).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
            assertThat(answer.body()).matches("\\{\"call\":[0-9]+}");
            assertThat(answer.setCookie()).isNull();
        });
        assertThat(BACKEND.receivedFor(path)).as("16 reads by 4 Home Affairs users, one call running and one waiting")
                .hasSizeBetween(1, 3);
        assertThat(coalescing.keysInFlight()).isZero();
    }

    @Test
    void aReadArrivingDuringACallGetsAnAnswerMadeAfterItArrivedNotThatCallsAnswer() {
        String path = countingRound("CHANGING-ROUND", 500);
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));

        List<Answer> answers = firstReadAndOneDuringItsCall(path, token);

        assertThat(answers.get(0).body()).isEqualTo("{\"call\":1}");
        assertThat(answers.get(1).body()).as("the read came after call 1 had started").isEqualTo("{\"call\":2}");
        assertThat(BACKEND.receivedFor(path)).hasSize(2);
    }

    @Test
    void usersOfDifferentAgenciesOrRolesNeverShareAnAnswer() {
        String path = "/api/rollups/" + uniqueCode("SCOPED-ROUND");
        // the stand-in answers with the agency and roles of the internal token it was called with
        BACKEND.answer("GET", path, request -> Reply.json(200, claims(request.header("X-Internal-Token"))).after(300));
        List<String> tokens = List.of(bearer(newUser("STP", Role.AGENCY_STAFF)), bearer(newUser("SGDDT", Role.AGENCY_STAFF)),
                bearer(newUser("STP", Role.AGENCY_HEAD)), bearer(newUser("SNV", Role.HOME_AFFAIRS)));

        List<Answer> answers = Flux.range(0, 12)
                .flatMap(i -> read(path, tokens.get(i % 4)).map(answer -> new Answer(answer.status(), answer.contentType(),
                        i % 4 + " " + answer.body(), answer.setCookie(), answer.entityTag())), 12)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(answers).hasSize(12).allSatisfy(answer -> {
            String body = answer.body();
            switch (body.charAt(0)) {
                case '0' -> assertThat(body).contains("\"agency\":\"STP\"").contains("[\"AGENCY_STAFF\"]");
                case '1' -> assertThat(body).contains("\"agency\":\"SGDDT\"").contains("[\"AGENCY_STAFF\"]");
                case '2' -> assertThat(body).contains("\"agency\":\"STP\"").contains("[\"AGENCY_HEAD\"]");
                default -> assertThat(body).contains("\"agency\":\"SNV\"").contains("[\"HOME_AFFAIRS\"]");
            }
        });
        assertThat(BACKEND.receivedFor(path)).as("four scopes, each at least one call of its own").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void writesAndConditionalReadsAreNeverShared() {
        String path = "/api/rollups/" + uniqueCode("WRITTEN-ROUND");
        BACKEND.answer("GET", path, request -> Reply.json(200, "{}").after(300));
        BACKEND.answer("POST", path, request -> Reply.json(200, "{}").after(300));
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));
        WebClient web = WebClient.create(baseUrl());

        Flux.range(0, 6).flatMap(i -> web.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())), 6)
                .collectList().block(Duration.ofSeconds(30));
        Flux.range(0, 6).flatMap(i -> web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .header(HttpHeaders.IF_NONE_MATCH, "\"r" + i + "\"")
                        .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())), 6)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(BACKEND.receivedFor(path)).hasSize(12);
    }

    @Test
    void aReadWhoseClientLeavesMidCallDoesNotStrandTheReadsWaitingBehindIt() {
        String path = countingRound("LEFT-ROUND", 600);
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));

        Disposable leaving = read(path, token).subscribe();
        awaitCalls(path, 1);
        long waitedBefore = coalescing.readsThatWaited();
        Mono<Answer> second = read(path, token).cache();
        Mono<Answer> third = read(path, token).cache();
        second.subscribe();
        third.subscribe();
        awaitWaiting(waitedBefore + 2);
        leaving.dispose(); // the client of the running call goes away: its call is cancelled, the next one starts

        assertThat(second.block(Duration.ofSeconds(20)).body()).isEqualTo("{\"call\":2}");
        assertThat(third.block(Duration.ofSeconds(20)).body()).isEqualTo("{\"call\":2}");
        assertThat(coalescing.keysInFlight()).isZero();
    }

    @Test
    void aLaterCallRevalidatesTheKeptAnswerByItsTagAndItsReadStillGetsTheWholeAnswer() {
        AtomicInteger version = new AtomicInteger(1);
        String path = taggedRound("TAGGED-ROUND", version, 0);
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));

        Answer first = read(path, token).block(Duration.ofSeconds(20));
        Answer second = read(path, token).block(Duration.ofSeconds(20));
        version.set(2);
        Answer third = read(path, token).block(Duration.ofSeconds(20));

        assertThat(first.body()).isEqualTo("{\"version\":1}");
        assertThat(BACKEND.receivedFor(path).get(0).header(HttpHeaders.IF_NONE_MATCH)).isNull();
        assertThat(BACKEND.receivedFor(path).get(1).header(HttpHeaders.IF_NONE_MATCH))
                .as("the second call asks whether the kept answer holds").isEqualTo("\"v1\"");
        assertThat(second.status()).as("its client asked without a tag: the whole answer, not the 304").isEqualTo(200);
        assertThat(second.body()).isEqualTo("{\"version\":1}");
        assertThat(second.contentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
        assertThat(second.entityTag()).isEqualTo("\"v1\"");
        assertThat(third.body()).as("a changed answer replaces the kept one").isEqualTo("{\"version\":2}");
        assertThat(third.entityTag()).isEqualTo("\"v2\"");

        Answer own = read(path, token, "\"v2\"").block(Duration.ofSeconds(20));
        assertThat(own.status()).as("a client's own condition gets the service's own answer").isEqualTo(304);
        assertThat(own.body()).isEmpty();
        assertThat(coalescing.keysInFlight()).isZero();
    }

    @Test
    void aCallWaitingBehindAnotherAsksWithTheTagThatCallKept() {
        String path = taggedRound("WAITING-TAGGED-ROUND", 400);
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));

        List<Answer> answers = firstReadAndOneDuringItsCall(path, token);

        assertThat(answers.get(0).body()).isEqualTo("{\"version\":1}");
        assertThat(answers.get(1).body()).isEqualTo("{\"version\":1}");
        assertThat(BACKEND.receivedFor(path)).hasSize(2);
        assertThat(BACKEND.receivedFor(path).get(1).header(HttpHeaders.IF_NONE_MATCH))
                .as("the second call started after the first had kept its answer").isEqualTo("\"v1\"");
    }

    /**
     * A round path whose stand-in answers like aggregation-service, after {@code millis}: {@code {"version": n}} with
     * the tag {@code "vn"}, or 304 to a request whose {@code If-None-Match} holds the current tag.
     */
    private static String taggedRound(String prefix, AtomicInteger version, long millis) {
        String path = "/api/rollups/" + uniqueCode(prefix);
        BACKEND.answer("GET", path, request -> {
            String tag = "\"v" + version.get() + "\"";
            return (tag.equals(request.header(HttpHeaders.IF_NONE_MATCH)) ? Reply.json(304, "")
                    : Reply.json(200, "{\"version\":" + version.get() + "}")).withHeader(HttpHeaders.ETAG, tag)
                    .after(millis);
        });
        return path;
    }

    private static String taggedRound(String prefix, long millis) {
        return taggedRound(prefix, new AtomicInteger(1), millis);
    }

    /** A round path whose stand-in answers {@code {"call": n}}, n counting its calls, after {@code millis}. */
    private static String countingRound(String prefix, long millis) {
        String path = "/api/rollups/" + uniqueCode(prefix);
        AtomicInteger calls = new AtomicInteger();
        BACKEND.answer("GET", path, request -> Reply.json(200, "{\"call\":" + calls.incrementAndGet() + "}").after(millis));
        return path;
    }

    private Mono<Answer> read(String path, String token) {
        return read(path, token, null);
    }

    private Mono<Answer> read(String path, String token, String ifNoneMatch) {
        return WebClient.create(baseUrl()).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .headers(headers -> {
                    if (ifNoneMatch != null) {
                        headers.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new Answer(response.statusCode().value(),
                                response.headers().asHttpHeaders().getFirst(HttpHeaders.CONTENT_TYPE), body,
                                response.headers().asHttpHeaders().getFirst(HttpHeaders.SET_COOKIE),
                                response.headers().asHttpHeaders().getETag())));
    }

    /** The answers of a read that starts a call of {@code path} and of a read sent while that call is running. */
    private List<Answer> firstReadAndOneDuringItsCall(String path, String token) {
        Mono<Answer> first = read(path, token).cache();
        first.subscribe();
        awaitCalls(path, 1);
        Answer second = read(path, token).block(Duration.ofSeconds(20));
        return List.of(first.block(Duration.ofSeconds(20)), second);
    }

    private static void awaitCalls(String path, int calls) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (BACKEND.receivedFor(path).size() < calls) {
            assertThat(System.nanoTime()).as("the stand-in got %d call(s) of %s", calls, path).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private void awaitWaiting(long reads) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (coalescing.readsThatWaited() < reads) {
            assertThat(System.nanoTime()).as("%d reads waiting for a shared call", reads).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static String claims(String internalToken) {
        return new String(Base64.getUrlDecoder().decode(internalToken.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private record Answer(int status, String contentType, String body, String setCookie, String entityTag) {
    }
}
