package vn.reform.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What to measure and where; every field can be set as {@code --name=value}. */
record BenchmarkConfig(
        String gateway, String submission, String aggregation, String kafka, String mongo, String internalSecret,
        int clients, Duration warmUp, Duration measured, int agencies, int freshnessRate, Duration freshnessWarmUp,
        Duration freshnessDuration, int readers, Duration readWarmUp, Path dataDir, Path out) {

    static BenchmarkConfig parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        boolean smoke = Boolean.parseBoolean(a.getOrDefault("smoke", "false"));
        return new BenchmarkConfig(
                a.getOrDefault("gateway", "http://127.0.0.1:8080"),
                a.getOrDefault("submission", "http://127.0.0.1:8081"),
                a.getOrDefault("aggregation", "http://127.0.0.1:8082"),
                a.getOrDefault("kafka", "127.0.0.1:9092"),
                a.getOrDefault("mongo", "mongodb://127.0.0.1:27017"),
                a.getOrDefault("internal-secret", "local-dev-internal-token-secret-change-me-0123456789"),
                Integer.parseInt(a.getOrDefault("clients", smoke ? "4" : "64")),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("warmup", smoke ? "1" : "10"))),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("duration", smoke ? "2" : "30"))),
                Integer.parseInt(a.getOrDefault("agencies", smoke ? "50" : "10000")),
                Integer.parseInt(a.getOrDefault("freshness-rate", smoke ? "10" : "100")),
                // the freshness target is for steady load: at a new rate the CPU per submission takes minutes to settle
                // on two cores (JIT compilation in seven processes): 18.6 ms after 30 s, 16.0 ms after 180 s (06/12;
                // submission-service alone 5.3 against 3.0 ms), and the backlog built meanwhile has to drain
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("freshness-warmup", smoke ? "1" : "180"))),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("freshness-duration", smoke ? "2" : "20"))),
                Integer.parseInt(a.getOrDefault("readers", smoke ? "4" : "64")),
                // the first reads of the big round run code the ingest phases never ran (the gzip answer through both
                // hops); on this machine the gateway and aggregation-service keep compiling it for over a minute, and
                // the read rate grows threefold meanwhile (about 300/s after 5 s, 1,000/s warm)
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("read-warmup", smoke ? "1" : "60"))),
                a.containsKey("data") ? Path.of(a.get("data")) : null,
                Path.of(a.getOrDefault("out", "deploy/benchmark/results/latest.json")));
    }
}
