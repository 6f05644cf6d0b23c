package vn.reform.benchmark;

/**
 * {@code GET /api/rollups/{round}} of the big round (every agency of the run expected) by N closed-loop readers,
 * each sending what a browser sends ({@code Accept-Encoding: gzip}) and unpacking the answer.
 */
final class ReadPhase {

    static LatencyStats run(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        String url = config.gateway() + "/api/rollups/" + run.bigRound();
        return ClosedLoopLoad.run(config.readers(), config.warmUp(), config.measured(), (worker, i) -> {
            StackApi.Read read = api.readGzip(url, run.clientTokens().get(worker % run.clientTokens().size()));
            if (read.status() != 200) {
                throw new ClosedLoopLoad.Refused(new StackApi.Answer(read.status(), read.problem()));
            }
            return true;
        });
    }

    /** The size of one answer (unpacked and as sent), to report beside the latency. */
    static StackApi.Read answerSize(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        return api.readGzip(config.gateway() + "/api/rollups/" + run.bigRound(), run.homeAffairsToken());
    }

    private ReadPhase() {
    }
}
