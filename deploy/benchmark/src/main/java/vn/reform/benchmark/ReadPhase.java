package vn.reform.benchmark;

import java.net.URI;

/**
 * {@code GET /api/rollups/{round}} of the big round (every agency of the run expected, and each has reported:
 * {@link RoundFill}) by N closed-loop readers,
 * each on its own kept-alive connection, sending what a browser sends ({@code Accept-Encoding: gzip}) and receiving
 * the whole answer ({@link KeepAliveReader}). The answer is unpacked and measured once, before
 * ({@link #answerSize}); each read's size (from its gzip trailer) must be of that order. The readers run for
 * {@code readWarmUp} before what they read is measured: the target is a served round, not a cold process.
 */
final class ReadPhase {

    static LatencyStats run(BenchmarkConfig config, BenchmarkSetup.Prepared run, StackApi.Read expected) {
        String path = URI.create(config.gateway()).getRawPath() + "/api/rollups/" + run.bigRound();
        KeepAliveReader[] readers = new KeepAliveReader[config.readers()];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new KeepAliveReader(config.gateway());
        }
        try {
            return ClosedLoopLoad.run(config.readers(), config.readWarmUp(), config.measured(), (worker, i) -> {
                StackApi.Read read = readers[worker].get(path, run.clientTokens().get(worker % run.clientTokens().size()));
                if (read.status() != 200) {
                    throw new ClosedLoopLoad.Refused(new StackApi.Answer(read.status(), read.problem()));
                }
                if (read.bytes() < expected.bytes() / 2) {
                    // the rollup is live and may change by a few bytes between reads, never shrink to a fraction
                    throw new ClosedLoopLoad.Refused(new StackApi.Answer(read.status(),
                            "answer of " + read.bytes() + " bytes unpacked, about " + expected.bytes() + " expected"));
                }
                return true;
            });
        } finally {
            for (KeepAliveReader reader : readers) {
                reader.close();
            }
        }
    }

    /** One answer, unpacked: its size (unpacked and as sent), to report beside the latency and to check each read by. */
    static StackApi.Read answerSize(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        return api.readGzip(config.gateway() + "/api/rollups/" + run.bigRound(), run.homeAffairsToken());
    }

    private ReadPhase() {
    }
}
