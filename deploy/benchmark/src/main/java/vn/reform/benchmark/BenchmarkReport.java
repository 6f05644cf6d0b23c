package vn.reform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the JSON file and prints the readable table, each figure beside its target. */
final class BenchmarkReport {

    static void write(BenchmarkResult r) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startedAt", r.startedAt());
        json.put("machine", r.machine());
        json.put("clients", r.config().clients());
        json.put("agencies", r.config().agencies());
        json.put("ingestGateway", r.ingestGateway());
        json.put("ingestDirect", r.ingestDirect());
        json.put("ingestBare", r.ingestBare());
        json.put("gatewayToDirect", r.gatewayToDirect());
        json.put("gatewayToBare", r.gatewayToBare());
        json.put("backlogDrainSeconds", r.backlogDrainSeconds());
        json.put("freshnessOfferedPerSecond", r.config().freshnessRate());
        json.put("freshness", r.freshness());
        json.put("freshnessCpuMsPerSubmission", r.freshnessCpu());
        json.put("read", r.read());
        json.put("readAnswerBytes", r.readAnswerBytes());
        json.put("readAnswerWireBytes", r.readAnswerWireBytes());
        json.put("rebuild", r.rebuild());
        json.put("rebuildToRaw", r.rebuildToRaw());
        json.put("footprint", r.footprint());
        if (r.config().out().getParent() != null) {
            Files.createDirectories(r.config().out().getParent());
        }
        Files.writeString(r.config().out(), StackApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.println(table(r));
        System.out.println("written to " + r.config().out());
    }

    static String table(BenchmarkResult r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ingest through the gateway", r.ingestGateway().line(), "≥ 500/s, p99 ≤ 200 ms"});
        rows.add(new String[] {"ingest straight to submission-service", r.ingestDirect().line(), ""});
        rows.add(new String[] {"bare limit (1 insert + 1 send, acks=all)", r.ingestBare().line(), ""});
        rows.add(new String[] {"gateway / direct", String.format("%.2f", r.gatewayToDirect()), "≥ 0.7"});
        rows.add(new String[] {"gateway / bare", String.format("%.2f", r.gatewayToBare()), "≥ 0.4"});
        rows.add(new String[] {"ingest backlog published and consumed (outbox, aggregation)",
                String.format("%.1f s", r.backlogDrainSeconds()), ""});
        rows.add(new String[] {"freshness at " + r.config().freshnessRate() + "/s offered", r.freshness().line(), "p99 ≤ 1 s"});
        rows.add(new String[] {"CPU per submission seen, freshness phase (by process)", r.freshnessCpu().msByProcess().isEmpty()
                ? "n/a (stack not started by the benchmark)" : r.freshnessCpu().line(), ""});
        rows.add(new String[] {"read rollup of " + r.config().agencies() + " agencies, " + r.config().readers() + " readers",
                r.read().line() + String.format("  (%d KiB, %d KiB gzipped)", r.readAnswerBytes() / 1024,
                        r.readAnswerWireBytes() / 1024), "p99 ≤ 50 ms"});
        rows.add(new String[] {"rebuild (replay into empty rollups)",
                String.format("%.0f events/s (%d events in %.1f s)", r.rebuild().rebuildPerSecond(), r.rebuild().events(), r.rebuild().rebuildSeconds()), ""});
        rows.add(new String[] {"Kafka raw consume of the same topic", String.format("%.0f events/s", r.rebuild().rawPerSecond()), ""});
        rows.add(new String[] {"rebuild / raw consume", String.format("%.2f", r.rebuildToRaw()), "≥ 0.25"});
        rows.add(new String[] {"resident memory, all processes", r.footprint().totalMiB() + " MiB " + r.footprint().rssMiB(), "≤ 3 GiB"});
        rows.add(new String[] {"run command to healthy", r.footprint().secondsToHealthy() == null ? "n/a (stack not started by the benchmark)"
                : r.footprint().secondsToHealthy() + " s", "≤ 90 s"});
        StringBuilder out = new StringBuilder("\n| measure | result | target |\n|---|---|---|\n");
        rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return out.append("\n").append(r.machine()).append(", ").append(r.startedAt()).append('\n').toString();
    }

    private BenchmarkReport() {
    }
}
