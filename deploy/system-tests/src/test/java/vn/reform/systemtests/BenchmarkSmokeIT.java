package vn.reform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.reform.benchmark.BenchmarkMain;

/**
 * The benchmark's smoke variant (seconds, small figures) against the running stack, so that the benchmark keeps
 * working. It checks that every figure was measured, never how fast: speed is judged by the full benchmark only.
 */
class BenchmarkSmokeIT {

    @Test
    void everyFigureOfTheBenchmarkIsMeasured() throws Exception {
        RunningStack stack = RunningStack.shared();
        Path out = Path.of("target", "benchmark-smoke.json");
        BenchmarkMain.execute("--smoke=true",
                "--gateway=" + stack.gatewayUrl(),
                "--submission=" + stack.serviceUrl("submission-service"),
                "--aggregation=" + stack.serviceUrl("aggregation-service"),
                "--kafka=" + stack.kafkaBootstrapServers(),
                "--mongo=" + stack.mongoConnectionString(),
                "--internal-secret=" + RunningStack.INTERNAL_TOKEN_SECRET,
                "--out=" + out);
        JsonNode result = ApiClient.JSON.readTree(Files.readString(out));
        for (String phase : new String[] {"ingestGateway", "ingestDirect", "ingestBare", "read"}) {
            JsonNode figures = result.path(phase);
            assertThat(figures.path("count").asLong()).as(phase + " requests " + figures).isPositive();
            assertThat(figures.path("errors").asLong()).as(phase + " errors " + figures).isZero();
        }
        JsonNode freshness = result.path("freshness");
        assertThat(freshness.path("count").asLong()).as("freshness samples " + freshness).isPositive();
        assertThat(freshness.path("errors").asLong()).as("submissions never seen in the rollup " + freshness).isZero();
        assertThat(result.path("rebuild").path("events").asLong()).as("events replayed").isPositive();
        assertThat(result.path("rebuild").path("rebuildPerSecond").asDouble()).isPositive();
        assertThat(result.path("rebuild").path("rawPerSecond").asDouble()).isPositive();
    }
}
