package vn.reform.benchmark;

import java.util.Map;

/** {@code GET /api/rollups/{round}} of the big round (every agency of the run expected) by N closed-loop readers. */
final class ReadPhase {

    static LatencyStats run(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        String url = config.gateway() + "/api/rollups/" + run.bigRound();
        return ClosedLoopLoad.run(config.readers(), config.warmUp(), config.measured(), (worker, i) ->
                api.send("GET", url, run.clientTokens().get(worker % run.clientTokens().size()), Map.of(), null).status() == 200);
    }

    /** The size of one answer, to report beside the latency. */
    static int answerBytes(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        return api.send("GET", config.gateway() + "/api/rollups/" + run.bigRound(), run.homeAffairsToken(), Map.of(), null)
                .body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }


    private ReadPhase() {
    }
}
