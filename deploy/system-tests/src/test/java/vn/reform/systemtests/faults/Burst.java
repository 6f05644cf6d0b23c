package vn.reform.systemtests.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import vn.reform.systemtests.ApiClient;
import vn.reform.systemtests.Poll;

/**
 * A round of {@code size} fresh agencies, each submitting one report with a known figure, sent by several threads
 * while a fault is injected; then the rollup is compared with the accepted submissions.
 */
final class Burst {

    private final ApiClient homeAffairs;
    private final FaultLedger ledger;
    final String round;
    final List<String> agencies = new ArrayList<>();
    final Map<String, Long> acceptedArticles = new ConcurrentHashMap<>();
    final Map<String, String> refused = new ConcurrentHashMap<>();

    Burst(ApiClient homeAffairs, FaultLedger ledger, String label, int size) {
        this(homeAffairs, ledger, label, size, Instant.now().plus(Duration.ofDays(20)));
    }

    Burst(ApiClient homeAffairs, FaultLedger ledger, String label, int size, Instant dueAt) {
        this.homeAffairs = homeAffairs;
        this.ledger = ledger;
        String run = label + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        this.round = "F-" + run;
        for (int i = 1; i <= size; i++) {
            agencies.add(String.format("F%s-%04d", run, i));
        }
        parallel(8, agencies, code -> expectCreated(homeAffairs.post("/api/catalogue/agencies", Map.of(
                "code", code, "name", "UBND xã Kiểm thử " + code, "kind", "COMMUNE", "validFrom", "2025-07-01",
                "focalPointEmail", code.toLowerCase() + "@faults.local", "headEmail", "head." + code.toLowerCase() + "@faults.local"),
                Map.of())));
        LocalDate today = LocalDate.now();
        expectCreated(homeAffairs.post("/api/rounds", Map.of(
                "code", round, "templateCode", "CCHC", "periodKind", "AD_HOC",
                "dataFrom", today.minusDays(60).toString(), "dataTo", today.plusDays(30).toString(),
                "dueAt", dueAt.toString(), "expectedAgencies", agencies), Map.of()));
    }

    private static void expectCreated(ApiClient.Response response) {
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("set-up call refused: " + response);
        }
    }

    /**
     * Submits every agency's report (retrying a refused attempt with the same Idempotency-Key, as a careful client
     * would), with {@code duringBurst} run once a third of them are in and {@code afterBurst} once all are answered.
     */
    void submitAll(Runnable duringBurst, Runnable afterBurst) {
        AtomicInteger done = new AtomicInteger();
        int trigger = agencies.size() / 3;
        Thread fault = new Thread(() -> {
            Poll.until(Duration.ofMinutes(5), done::get, n -> n >= trigger, "a third of the burst");
            ledger.faults.incrementAndGet();
            duringBurst.run();
        }, "fault-injector");
        java.util.concurrent.atomic.AtomicReference<Throwable> faultFailure = new java.util.concurrent.atomic.AtomicReference<>();
        fault.setUncaughtExceptionHandler((thread, error) -> faultFailure.set(error));
        fault.start();
        parallel(8, agencies, agency -> {
            long articles = 1 + Math.floorMod(agency.hashCode(), 97);
            String key = UUID.randomUUID().toString();
            ApiClient.Response answer = Poll.until(Duration.ofMinutes(3),
                    () -> {
                        ApiClient.Response r = homeAffairs.post("/api/rounds/" + round + "/reports/" + agency + "/submissions",
                                FaultReports.body(articles), Map.of("Idempotency-Key", key));
                        ledger.answer(r.status(), r.status() == 503);
                        return r;
                    },
                    r -> r.status() == 201 || (r.status() >= 400 && r.status() < 500), "submission of " + agency);
            if (answer.status() == 201) {
                acceptedArticles.put(agency, articles);
                ledger.accepted.incrementAndGet();
            } else {
                refused.put(agency, answer.status() + " " + answer.body());
            }
            done.incrementAndGet();
        });
        try {
            fault.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (faultFailure.get() != null) {
            throw new IllegalStateException("injecting the fault failed", faultFailure.get());
        }
        afterBurst.run();
    }

    long expectedArticles() {
        return acceptedArticles.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits until the rollup settles on the accepted submissions, then books any difference as lost or doubled. */
    JsonNode awaitExactRollup(Duration limit) {
        long expected = expectedArticles();
        int accepted = acceptedArticles.size();
        try {
            return Poll.until(limit, () -> homeAffairs.get("/api/rollups/" + round),
                    r -> r.status() == 200 && r.json().path("completeness").path("submitted").asInt() == accepted
                            && r.json().path("indicators").path("TIN_BAI").path("value").asLong() == expected,
                    "the rollup of " + round + " equal to its " + accepted + " accepted submissions").json();
        } catch (AssertionError e) {
            JsonNode last = homeAffairs.get("/api/rollups/" + round).json();
            long counted = last.path("completeness").path("submitted").asLong();
            if (counted < accepted) {
                ledger.lost.addAndGet(accepted - counted);
            }
            if (last.path("indicators").path("TIN_BAI").path("value").asLong() > expected || counted > accepted) {
                ledger.countedTwice.incrementAndGet();
            }
            throw e;
        }
    }

    interface Task {
        void on(String item) throws Exception;
    }

    static void parallel(int threads, List<String> items, Task task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String item : items) {
                futures.add(pool.submit(() -> {
                    task.on(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
