package vn.reform.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Before the read phase, every agency of the big round that has not reported yet reports once, straight to
 * submission-service, as the ingest phase's direct clients do. How far the ingest phases get through the round's
 * agencies depends on their rate in that run (6,000 to 8,400 of 10,000 on 06/12), so the read measured answers of
 * 1.6 to 2.2 MB. Filled, the round is read as Home Affairs reads it at its deadline: every agency, in every run.
 */
final class RoundFill {

    /** Reports the agencies the big round's rollup lists as missing; returns how many there were. */
    static int run(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) throws Exception {
        List<String> missing = new ArrayList<>();
        completeness(api, config, run).path("missing").forEach(code -> missing.add(code.asString()));
        String token = IngestPhase.internalToken(config, run, 0);
        BenchmarkSetup.parallel(config.clients(), missing,
                agency -> IngestPhase.submitDirect(api, config, run, token, agency).expect(201));
        return missing.size();
    }

    /** Whether every expected agency of the big round has reported, as its rollup says. */
    static boolean filled(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        JsonNode completeness = completeness(api, config, run);
        return completeness.path("expected").asInt() > 0
                && completeness.path("submitted").asInt() == completeness.path("expected").asInt();
    }

    private static JsonNode completeness(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        return api.send("GET", config.gateway() + "/api/rollups/" + run.bigRound(), run.homeAffairsToken(), Map.of(),
                null).expect(200).json().path("completeness");
    }

    private RoundFill() {
    }
}
