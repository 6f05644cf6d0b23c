package vn.reform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resident memory of each process of the local stack (from deploy/run.sh's pid file) and the time it took to be healthy. */
final class Footprint {

    record Result(Map<String, Long> rssMiB, long totalMiB, Long secondsToHealthy) {
    }

    static Result measure(Path dataDir) throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Map.Entry<String, String> process : StackProcesses.read(dataDir).entrySet()) {
            Path status = Path.of("/proc", process.getValue(), "status");
            if (Files.exists(status)) {
                rss.put(process.getKey(), vmRssKiB(Files.readAllLines(status)) / 1024);
            }
        }
        if (rss.isEmpty()) {
            return new Result(rss, 0, null); // the benchmark did not start the stack
        }
        Long healthy = null;
        Path start = dataDir.resolve("last-start.txt");
        if (Files.exists(start)) {
            healthy = Long.parseLong(Files.readString(start).trim().split("\\s+")[0]);
        }
        return new Result(rss, rss.values().stream().mapToLong(Long::longValue).sum(), healthy);
    }

    private static long vmRssKiB(List<String> status) {
        return status.stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    private Footprint() {
    }
}
