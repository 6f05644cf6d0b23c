package vn.reform.benchmark;

import java.time.Instant;

/**
 * One run of the benchmark against a running stack (deploy/benchmark.sh starts one and calls this). See README.
 */
public final class BenchmarkMain {

    public static void main(String[] args) throws Exception {
        execute(args);
        System.exit(0);
    }

    /** Runs the benchmark with {@code --name=value} arguments, writes the JSON file and returns where. */
    public static java.nio.file.Path execute(String... args) throws Exception {
        BenchmarkConfig config = BenchmarkConfig.parse(args);
        BenchmarkReport.write(run(config));
        return config.out();
    }

    static BenchmarkResult run(BenchmarkConfig config) throws Exception {
        String startedAt = Instant.now().toString();
        StackApi api = new StackApi(config.clients() * 2);
        step("preparing " + config.agencies() + " agencies, 2 rounds, " + config.clients() + " API clients");
        BenchmarkSetup.Prepared run = BenchmarkSetup.prepare(api, config);
        step("ingest through the gateway");
        LatencyStats gateway = IngestPhase.throughGateway(api, config, run);
        step("ingest straight to submission-service");
        LatencyStats direct = IngestPhase.direct(api, config, run);
        step("bare limit");
        LatencyStats bare = BareLimitPhase.run(config, run);
        step("waiting until aggregation-service has consumed the ingest phases' submissions");
        java.time.Duration backlogDrain = awaitBacklogConsumed(config, "aggregation-service");
        step("waiting until notification-service has consumed them too (it shares the cores with what is measured)");
        awaitBacklogConsumed(config, "notification-service");
        step("freshness (" + config.freshnessWarmUp().toSeconds() + " s of warm-up at the same rate, then measured)");
        ProcessCpu.Snapshot[] beforeFreshness = new ProcessCpu.Snapshot[1];
        LatencyStats freshness = FreshnessPhase.run(api, config, run, () -> {
            try {
                beforeFreshness[0] = ProcessCpu.take(config.dataDir());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ProcessCpu.PerItem freshnessCpu = ProcessCpu.perItem(beforeFreshness[0], ProcessCpu.take(config.dataDir()),
                freshness.count());
        step("every agency of the big round that has not reported yet reports once (the read measures the whole round)");
        int filled = RoundFill.run(api, config, run);
        step(filled + " agencies reported; waiting until aggregation-service has consumed them and the freshness "
                + "submissions, and notification-service too (reads measure reads alone)");
        awaitBacklogConsumed(config, "aggregation-service");
        awaitBacklogConsumed(config, "notification-service");
        if (!RoundFill.filled(api, config, run)) {
            throw new IllegalStateException("the rollup of " + run.bigRound() + " does not count every agency");
        }
        step("read (" + config.readWarmUp().toSeconds() + " s of warm-up, then measured)");
        StackApi.Read readSize = ReadPhase.answerSize(api, config, run);
        LatencyStats read = ReadPhase.run(config, run, readSize);
        step("rebuild");
        RebuildPhase.Result rebuild = RebuildPhase.run(api, config, run);
        Footprint.Result footprint = Footprint.measure(config.dataDir());
        return new BenchmarkResult(startedAt, machine(), config, gateway, direct, bare,
                gateway.perSecond() / direct.perSecond(), gateway.perSecond() / bare.perSecond(),
                backlogDrain.toMillis() / 1000.0, freshness, freshnessCpu, read, readSize.bytes(), readSize.wireBytes(), rebuild, rebuild.rebuildPerSecond() / rebuild.rawPerSecond(), footprint);
    }

    /**
     * Until every submission accepted so far is consumed: published by submission-service's outbox (which may be
     * behind the ingest) and consumed by {@code group}, with no new event for 3 s.
     */
    private static java.time.Duration awaitBacklogConsumed(BenchmarkConfig config, String group) throws Exception {
        return ConsumerLag.awaitQuiet(config.kafka(), group, "reform.reports",
                java.time.Duration.ofSeconds(3), java.time.Duration.ofMinutes(10));
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
    }

    private static void step(String what) {
        System.out.println("[benchmark] " + Instant.now() + " " + what);
    }

    private BenchmarkMain() {
    }
}
