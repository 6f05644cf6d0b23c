package vn.reform.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prepares a run: agencies {@code B<run>-00001…}, one big round expecting all of them, a small round for the
 * freshness probe, and one Home Affairs API user per client (so that per-user rate limits apply per client).
 */
final class BenchmarkSetup {

    /**
     * Agencies of the freshness round: at 100 submissions/s each is submitted again only every 10 s, so a version
     * still on its way never holds back the offered load.
     */
    static final int FRESHNESS_ROUND_AGENCIES = 1000;

    record Prepared(String runId, String bigRound, String smallRound, List<String> agencies, List<String> clientTokens,
                    List<String> clientUsers, String homeAffairsToken, String documentDate) {

        List<String> smallRoundAgencies() {
            return BenchmarkSetup.smallRoundAgencies(agencies);
        }
    }

    private static List<String> smallRoundAgencies(List<String> agencies) {
        return agencies.subList(0, Math.min(FRESHNESS_ROUND_AGENCIES, agencies.size()));
    }

    static Prepared prepare(StackApi api, BenchmarkConfig config) throws Exception {
        String runId = Long.toString(Instant.now().getEpochSecond() % 1_000_000, 36).toUpperCase();
        String admin = api.token(config.gateway(), "admin", "demo");
        String homeAffairs = api.token(config.gateway(), "snv", "demo");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String documentDate = today.minusDays(10).toString();

        List<String> agencies = new ArrayList<>();
        for (int i = 1; i <= config.agencies(); i++) {
            agencies.add(String.format("B%s-%05d", runId, i));
        }
        parallel(16, agencies, code -> api.send("POST", config.gateway() + "/api/catalogue/agencies", homeAffairs, Map.of(),
                Map.of("code", code, "name", "UBND xã Thử nghiệm " + code, "kind", "COMMUNE", "validFrom", "2025-07-01",
                        "focalPointEmail", code.toLowerCase() + "@bench.local", "headEmail", "head." + code.toLowerCase() + "@bench.local"))
                .expect(200, 201));

        String bigRound = "B" + runId + "-BIG";
        String smallRound = "B" + runId + "-SMALL";
        // straight to submission-service, as the gateway would send it: opening a round of 10,000 agencies takes
        // longer than the gateway's per-request time limit, and the set-up is not what is measured
        String internal = InternalToken.mint(config.internalSecret(), "snv", "SNV", "HOME_AFFAIRS", java.time.Duration.ofMinutes(5));
        for (String round : List.of(bigRound, smallRound)) {
            List<String> expected = round.equals(bigRound) ? agencies : smallRoundAgencies(agencies);
            api.send("POST", config.submission() + "/api/rounds", null, Map.of("X-Internal-Token", internal), Map.of(
                    "code", round, "templateCode", "CCHC", "periodKind", "AD_HOC",
                    "dataFrom", today.minusDays(60).toString(), "dataTo", today.plusDays(30).toString(),
                    "dueAt", Instant.now().plusSeconds(30L * 86400).toString(),
                    "expectedAgencies", expected)).expect(201);
        }

        List<String> users = new ArrayList<>();
        for (int c = 0; c < config.clients(); c++) {
            users.add(("bench-" + runId + "-" + c).toLowerCase());
        }
        parallel(8, users, user -> api.send("POST", config.gateway() + "/api/users", admin, Map.of(), Map.of(
                "username", user, "password", "bench-password-" + user, "roles", List.of("HOME_AFFAIRS"), "agency", "SNV"))
                .expect(200, 201));
        List<String> tokens = new ArrayList<>();
        for (String user : users) {
            tokens.add(api.token(config.gateway(), user, "bench-password-" + user));
        }
        return new Prepared(runId, bigRound, smallRound, agencies, tokens, users, homeAffairs, documentDate);
    }

    interface Call {
        void on(String item) throws Exception;
    }

    static void parallel(int threads, List<String> items, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String item : items) {
                futures.add(pool.submit(() -> {
                    call.on(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private BenchmarkSetup() {
    }
}
