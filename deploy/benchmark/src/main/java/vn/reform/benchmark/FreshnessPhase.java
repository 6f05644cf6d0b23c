package vn.reform.benchmark;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;

/**
 * Time from a submission's 201 to the moment {@code GET /api/rollups/{round}} shows that version, at a fixed offered
 * load (open loop: one submission every 1/rate seconds whatever the answers' pace), in the steady state: the same
 * load runs for {@code freshnessWarmUp} first, and what it sends is not measured (as in the other phases: the target
 * is "under steady load", and the first seconds at a new rate cost every process more CPU). A watcher reads the small round's
 * rollup every {@link #WATCH_PAUSE_MS} ms, like twenty dashboards polling once a second each; the resolution is that
 * pause plus one read. (Reading a 1,000-agency rollup back to back made the watcher itself a load that took the
 * CPU of the two cores away from what is measured.)
 */
final class FreshnessPhase {

    static final long WATCH_PAUSE_MS = 50;

    /** {@code measuredStart} runs when the warm-up ends and the measured submissions begin. */
    static LatencyStats run(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run, Runnable measuredStart)
            throws Exception {
        String round = run.smallRound();
        List<String> agencies = run.smallRoundAgencies();
        Map<String, Awaited> waiting = new ConcurrentHashMap<>(); // agency -> its version on its way
        LatencyRecorder recorder = new LatencyRecorder();
        LatencyRecorder warmUp = new LatencyRecorder(); // what the warm-up sends: not reported
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long warmUpCount = (long) config.freshnessRate() * config.freshnessWarmUp().toSeconds();
        long total = warmUpCount + (long) config.freshnessRate() * config.freshnessDuration().toSeconds();
        long interval = 1_000_000_000L / config.freshnessRate();
        LastRead last = new LastRead();
        Thread watcher = new Thread(() -> watch(api, config, run, round, waiting, last), "freshness-watcher");
        watcher.start();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            if (i == warmUpCount) {
                measuredStart.run();
            }
            LatencyRecorder into = i >= warmUpCount ? recorder : warmUp;
            String agency = agencies.get((int) (i % agencies.size()));
            String token = run.clientTokens().get((int) (i % run.clientTokens().size()));
            senders.submit(() -> {
                if (waiting.containsKey(agency)) {
                    // its previous version is still on its way: do not overwrite the measurement, count what was not offered
                    into.error("not sent: the agency's previous version was not yet seen");
                    return;
                }
                StackApi.Answer answer = api.send("POST", config.gateway() + "/api/rounds/" + round + "/reports/" + agency + "/submissions",
                        token, Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                        StackApi.reportBody(run.documentDate(), agency.hashCode()));
                if (answer.status() == 201) {
                    waiting.put(agency, new Awaited(answer.json().get("version").asLong(), System.nanoTime(), into));
                } else {
                    into.error("submission refused: " + answer.status() + " " + answer.problemCode());
                    System.out.println("[benchmark] freshness: submission refused: " + answer.status() + " " + answer.body());
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        waiting.forEach((agency, w) -> w.into().error(last.whyUnseen(agency, w.version())));
        watcher.interrupt();
        watcher.join();
        return recorder.summarise(config.freshnessDuration().toSeconds());
    }

    private static void watch(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run, String round,
                              Map<String, Awaited> waiting, LastRead last) {
        while (!Thread.currentThread().isInterrupted()) {
            if (waiting.isEmpty()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                continue;
            }
            try {
                StackApi.Answer answer = api.send("GET", config.gateway() + "/api/rollups/" + round, run.homeAffairsToken(), Map.of(), null);
                long seen = System.nanoTime();
                last.status = answer.status();
                if (answer.status() == 200) {
                    last.rollup = answer.json();
                    markSeen(answer.json(), seen, waiting);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(WATCH_PAUSE_MS));
            } catch (RuntimeException e) {
                // one unreadable answer must not end the watch: the next read decides
                System.out.println("[benchmark] freshness: unreadable rollup answer: " + e);
            }
        }
    }

    private static void markSeen(JsonNode rollup, long seen, Map<String, Awaited> waiting) {
        for (JsonNode agency : rollup.path("agencies")) {
            String code = agency.path("code").asString();
            Awaited w = waiting.get(code);
            if (w != null && agency.path("version").asLong() >= w.version()) {
                w.into().record(seen - w.answeredAt());
                waiting.remove(code);
            }
        }
    }

    /** A submitted version not yet seen: when its 201 came, and where its latency goes (measured or warm-up). */
    private record Awaited(long version, long answeredAt, LatencyRecorder into) {
    }

    /** The watcher's last read of the rollup, to say why a submission was never seen in it. */
    private static final class LastRead {
        volatile int status;
        volatile JsonNode rollup;

        String whyUnseen(String agency, long version) {
            if (rollup == null) {
                return "not seen: no rollup read answered 200 (last status " + status + ")";
            }
            for (JsonNode entry : rollup.path("agencies")) {
                if (agency.equals(entry.path("code").asString())) {
                    return "not seen: rollup shows version " + entry.path("version") + " < " + version
                            + " (last status " + status + ")";
                }
            }
            return "not seen: agency absent from the rollup (last status " + status + ")";
        }
    }

    private FreshnessPhase() {
    }
}
