package vn.reform.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.benchmark.ConsumerLag;
import vn.reform.benchmark.InternalToken;
import vn.reform.systemtests.ApiClient;
import vn.reform.systemtests.Poll;
import vn.reform.systemtests.RunningStack;

/**
 * Faults and abuse against the real stack: a report that got a 201 is counted exactly once whatever breaks; bad input
 * gets a clear 4xx and changes nothing; nobody sees another agency's data. {@code -Dfaults.full=true} runs the long
 * variant (bursts of 2,000, the kill three times in a row); README's test command runs the representative one.
 */
class FaultSuiteIT {

    private static final boolean FULL = Boolean.getBoolean("faults.full");
    private static final int BURST = FULL ? 2000 : 120;
    private static final FaultLedger LEDGER = new FaultLedger();

    private static RunningStack stack;
    private static ApiClient homeAffairs;

    @BeforeAll
    static void signIn() {
        stack = RunningStack.shared();
        homeAffairs = ApiClient.signIn(stack.gatewayUrl(), "snv", "demo");
    }

    @AfterAll
    static void printLedger() {
        System.out.println(LEDGER.summary());
    }

    @Test
    void aggregationKilledDuringABurstStillCountsEveryAcceptedReportOnce() {
        for (int attempt = 1; attempt <= (FULL ? 3 : 1); attempt++) {
            Burst burst = new Burst(homeAffairs, LEDGER, "K" + attempt, BURST);
            burst.submitAll(() -> stack.kill("aggregation-service"), () -> stack.restart("aggregation-service"));
            assertThat(burst.refused).as("valid submissions refused").isEmpty();
            burst.awaitExactRollup(Duration.ofMinutes(3));
        }
        assertNothingLostOrDoubled();
    }

    @Test
    void brokerStoppedDuringABurstStillAcceptsAndLaterDeliversEverything() {
        Burst burst = new Burst(homeAffairs, LEDGER, "B", BURST);
        burst.submitAll(stack::stopKafka, stack::startKafka);
        assertThat(burst.refused).as("submissions refused while the broker was down").isEmpty();
        burst.awaitExactRollup(Duration.ofMinutes(3));
        assertNothingLostOrDoubled();
    }

    @Test
    void storeRestartedDuringReadsAndWritesGivesCleanAnswersAndNoHalfStoredReports() {
        Burst burst = new Burst(homeAffairs, LEDGER, "M", BURST);
        AtomicBoolean reading = new AtomicBoolean(true);
        List<String> badAnswers = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                for (String path : List.of("/api/rollups/" + burst.round, "/api/rounds/" + burst.round + "/reports/" + burst.agencies.get(0),
                        "/api/rounds")) {
                    ApiClient.Response r = homeAffairs.get(path);
                    boolean documented = r.status() == 503 && r.retryAfter() != null && r.contentType().contains("problem+json");
                    LEDGER.answer(r.status(), documented);
                    if (r.status() >= 500 && !documented) {
                        badAnswers.add(r.status() + " " + path + " " + r.body());
                    }
                }
            }
        }, "reader");
        reader.start();
        burst.submitAll(() -> {
            stack.stopMongo();
            long before = LEDGER.requests.get();
            Poll.until(Duration.ofMinutes(1), LEDGER.requests::get, n -> n >= before + 60, "requests while the store is down");
            stack.startMongo();
        }, () -> { });
        reading.set(false);
        join(reader);
        assertThat(burst.refused).as("valid submissions refused around the store restart").isEmpty();
        assertThat(badAnswers).as("5xx other than 503 problem details with Retry-After").isEmpty();
        burst.awaitExactRollup(Duration.ofMinutes(3));
        for (String agency : burst.acceptedArticles.keySet()) {
            JsonNode report = homeAffairs.get("/api/rounds/" + burst.round + "/reports/" + agency).json();
            assertThat(report.path("versions").size()).as("versions of " + agency).isEqualTo(1);
        }
        assertNothingLostOrDoubled();
    }

    @Test
    void remindersWaitWhileSmtpIsDownAndGoOutOnceWhenItIsBack() {
        java.time.DayOfWeek today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getDayOfWeek();
        org.junit.jupiter.api.Assumptions.assumeTrue(today != java.time.DayOfWeek.SATURDAY && today != java.time.DayOfWeek.SUNDAY,
                "overdue reminders go out on working days only");
        Burst overdue = new Burst(homeAffairs, LEDGER, "S", 3, Instant.now().minus(Duration.ofHours(30)));
        List<String> recipients = overdue.agencies.stream().map(a -> a.toLowerCase() + "@faults.local").toList();
        stack.stopMail();
        LEDGER.faults.incrementAndGet();
        try {
            Poll.until(Duration.ofMinutes(2), () -> {
                homeAffairs.post("/api/notification/sweep", Map.of(), Map.of());
                return homeAffairs.get("/api/reminders?round=" + overdue.round);
            }, r -> r.status() == 200 && r.json().size() >= recipients.size()
                    && java.util.stream.StreamSupport.stream(r.json().spliterator(), false).noneMatch(x -> "SENT".equals(x.path("status").asString())),
                    "reminders recorded but not sent while SMTP is down");
        } finally {
            stack.startMail();
        }
        Poll.until(Duration.ofMinutes(2), () -> {
            homeAffairs.post("/api/notification/sweep", Map.of(), Map.of());
            return received(recipients);
        }, counts -> counts.values().stream().allMatch(n -> n >= 1), "every overdue agency's reminder after SMTP is back");
        homeAffairs.post("/api/notification/sweep", Map.of(), Map.of());
        Map<String, Long> counts = received(recipients);
        counts.forEach((recipient, n) -> {
            if (n > 1) {
                LEDGER.countedTwice.incrementAndGet();
            }
        });
        assertThat(counts).as("mails per recipient").allSatisfy((recipient, n) -> assertThat(n).isEqualTo(1L));
    }

    private static Map<String, Long> received(List<String> recipients) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        recipients.forEach(r -> counts.put(r, 0L));
        for (jakarta.mail.internet.MimeMessage message : stack.mail().getReceivedMessages()) {
            try {
                for (jakarta.mail.Address to : message.getAllRecipients()) {
                    counts.computeIfPresent(to.toString().toLowerCase(), (k, n) -> n + 1);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    @Test
    void duplicatedAndReorderedEventsDoNotChangeTheRollup() throws Exception {
        Burst burst = new Burst(homeAffairs, LEDGER, "D", 30);
        burst.submitAll(() -> { }, () -> { });
        assertThat(burst.refused).isEmpty();
        burst.awaitExactRollup(Duration.ofMinutes(2));
        // the new agencies' catalogue events travel on their own topic: until they are in, an agency counts under
        // kind UNKNOWN and moves to its kind later, which is convergence, not a change made by the replay
        awaitConsumerCaughtUp("aggregation-service");
        JsonNode before = settledRollup(burst.round);

        List<ConsumerRecord<String, String>> events = eventsOf(burst.round);
        assertThat(events).hasSizeGreaterThanOrEqualTo(30);
        List<ConsumerRecord<String, String>> replay = new ArrayList<>(events);
        replay.addAll(events);
        Collections.reverse(replay);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> event : replay) {
                producer.send(new ProducerRecord<>("reform.reports", event.key(), event.value())).get();
            }
        }
        LEDGER.faults.addAndGet(replay.size());
        awaitConsumerCaughtUp("aggregation-service");
        JsonNode after = settledRollup(burst.round);
        if (!after.equals(before)) {
            LEDGER.countedTwice.incrementAndGet();
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void hostileAndMalformedRequestsGetProblemDetailsAndStoreNothing() {
        String round = "H-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(homeAffairs.post("/api/rounds", Map.of("code", round, "templateCode", "CCHC", "periodKind", "AD_HOC",
                "dataFrom", java.time.LocalDate.now().minusDays(60).toString(), "dataTo", java.time.LocalDate.now().plusDays(30).toString(),
                "dueAt", Instant.now().plus(Duration.ofDays(5)).toString(), "expectedAgencies", List.of("STP")), Map.of()).status())
                .isEqualTo(201);
        List<HostileRequests.Hostile> requests = HostileRequests.generate(round, "STP");
        assertThat(requests).hasSizeGreaterThanOrEqualTo(200);
        List<String> wrong = new ArrayList<>();
        for (HostileRequests.Hostile h : requests) {
            ApiClient.Response r = homeAffairs.sendRaw(h.method(), h.path(), h.body(), h.contentType());
            LEDGER.answer(r.status(), false);
            boolean problem = r.contentType().contains("application/problem+json");
            if (r.status() < 400 || r.status() >= 500 || !problem) {
                wrong.add(h.what() + " → " + r.status() + " " + r.contentType() + " " + abbreviate(r.body()));
            }
        }
        assertThat(wrong).as("requests that did not get a 4xx problem detail").isEmpty();
        JsonNode report = homeAffairs.get("/api/rounds/" + round + "/reports/STP").json();
        assertThat(report.path("versions").size()).isZero();
        assertThat(report.path("draft").isNull() || report.path("draft").isMissingNode()).as("no draft stored: " + report).isTrue();
    }

    @Test
    void everyEndpointAnswersEachRoleExactlyAsAllowed() {
        String round = "A-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        homeAffairs.post("/api/rounds", Map.of("code", round, "templateCode", "CCHC", "periodKind", "AD_HOC",
                "dataFrom", java.time.LocalDate.now().minusDays(60).toString(), "dataTo", java.time.LocalDate.now().plusDays(30).toString(),
                "dueAt", Instant.now().plus(Duration.ofDays(5)).toString(), "expectedAgencies", List.of("STP", "SNGV")), Map.of());
        assertThat(homeAffairs.post("/api/rounds/" + round + "/reports/SNGV/submissions", FaultReports.body(7),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(201);
        ApiClient admin = ApiClient.signIn(stack.gatewayUrl(), "admin", "demo");
        String staffName = "stp-staff-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.post("/api/users", Map.of("username", staffName, "password", "staff-password-1",
                "displayName", "Cán bộ STP", "agency", "STP", "roles", List.of("AGENCY_STAFF")), Map.of()).status()).isIn(200, 201);
        Map<String, ApiClient> clients = Map.of(
                "head", ApiClient.signIn(stack.gatewayUrl(), "stp", "demo"),
                "staff", ApiClient.signIn(stack.gatewayUrl(), staffName, "staff-password-1"),
                "homeAffairs", homeAffairs,
                "admin", admin,
                "anonymous", ApiClient.anonymous(stack.gatewayUrl()),
                "forged", ApiClient.withBearer(stack.gatewayUrl(), "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzbnYiLCJyb2xlcyI6WyJIT01FX0FGRkFJUlMiXX0.Zm9yZ2Vk"));
        List<String> mismatches = new ArrayList<>();
        for (AuthorizationMatrix.Case c : AuthorizationMatrix.cases(round, "STP", "SNGV")) {
            Map<String, String> headers = c.path().endsWith("/submissions") ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
            ApiClient.Response r = clients.get(c.who()).send(c.method(), c.path(), c.body(), headers);
            LEDGER.answer(r.status(), false);
            boolean ok = c.expect() == AuthorizationMatrix.Expect.ALLOWED ? AuthorizationMatrix.allowed(r.status()) : AuthorizationMatrix.denied(r.status());
            if (!ok) {
                if (c.expect() == AuthorizationMatrix.Expect.DENIED) {
                    LEDGER.authorizationLeaks.incrementAndGet();
                }
                mismatches.add(c + " → " + r.status() + " " + abbreviate(r.body()));
            }
        }
        // an agency sees only its own figures
        ApiClient.Response ownRollup = clients.get("head").get("/api/rollups/" + round);
        if (ownRollup.status() == 200 && ownRollup.body().contains("SNGV")) {
            LEDGER.authorizationLeaks.incrementAndGet();
            mismatches.add("an agency user's rollup shows another agency: " + abbreviate(ownRollup.body()));
        }
        // around the gateway: no token, a forged token, and a valid token for another agency
        for (String service : List.of("submission-service", "aggregation-service", "notification-service")) {
            ApiClient direct = ApiClient.anonymous(stack.serviceUrl(service));
            String path = switch (service) {
                case "submission-service" -> "/api/rounds/" + round + "/reports/SNGV";
                case "aggregation-service" -> "/api/rollups/" + round;
                default -> "/api/reminders?round=" + round;
            };
            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("X-Internal-Token", "not-a-token"),
                    Map.of("X-Internal-Token", InternalToken.mint("invalid-secret-of-sufficient-length-0123456789", "snv", "SNV", "HOME_AFFAIRS", Duration.ofMinutes(1))))) {
                ApiClient.Response r = direct.send("GET", path, null, headers);
                LEDGER.answer(r.status(), false);
                if (r.status() != 401) {
                    LEDGER.authorizationLeaks.incrementAndGet();
                    mismatches.add("direct " + service + path + " with " + headers.keySet() + " → " + r.status());
                }
            }
        }
        ApiClient.Response otherAgency = ApiClient.anonymous(stack.serviceUrl("submission-service")).send("GET",
                "/api/rounds/" + round + "/reports/SNGV", null,
                Map.of("X-Internal-Token", InternalToken.mint(RunningStack.INTERNAL_TOKEN_SECRET, "stp", "STP", "AGENCY_HEAD", Duration.ofMinutes(1))));
        if (otherAgency.status() != 403) {
            LEDGER.authorizationLeaks.incrementAndGet();
            mismatches.add("direct submission-service: STP reading SNGV → " + otherAgency.status());
        }
        assertThat(mismatches).isEmpty();
        assertThat(LEDGER.authorizationLeaks.get()).isZero();
    }

    private static void assertNothingLostOrDoubled() {
        assertThat(LEDGER.lost.get()).as("lost").isZero();
        assertThat(LEDGER.countedTwice.get()).as("counted twice").isZero();
        assertThat(LEDGER.serverErrors.get()).as("5xx answers").isZero();
    }

    private static JsonNode withoutAsOf(JsonNode rollup) {
        ObjectNode copy = (ObjectNode) rollup.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String round) {
        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("reform.reports").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> remaining = new java.util.HashSet<>(partitions);
            remaining.removeIf(tp -> end.get(tp) == 0);
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && r.key().startsWith(round + "|")) {
                        events.add(r);
                    }
                }
                remaining.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            }
        }
        return events;
    }

    /** The rollup once it has stayed the same for longer than the read cache may serve an older view. */
    private static JsonNode settledRollup(String round) {
        JsonNode[] previous = {null};
        long[] since = {System.nanoTime()};
        return Poll.until(Duration.ofMinutes(1), () -> {
            JsonNode now = withoutAsOf(homeAffairs.get("/api/rollups/" + round).json());
            if (!now.equals(previous[0])) {
                previous[0] = now;
                since[0] = System.nanoTime();
            }
            return now;
        }, now -> System.nanoTime() - since[0] > Duration.ofMillis(600).toNanos(), "the rollup of " + round + " settling");
    }

    /** The group has consumed everything now in the catalogue topics and the reports topic. */
    private static void awaitConsumerCaughtUp(String group) throws Exception {
        for (String topic : List.of("reform.catalogue.agencies", "reform.catalogue.rounds", "reform.reports")) {
            ConsumerLag.awaitCaughtUp(stack.kafkaBootstrapServers(), group, topic, Duration.ofMinutes(2));
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
