package vn.reform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time each process of the local stack used during a phase, per item the phase processed: what one
 * submission costs each tier, where a latency figure only shows that the machine was busy.
 */
final class ProcessCpu {

    /** Linux counts a process's user and system time in ticks of 1/100 s (USER_HZ) in {@code /proc/<pid>/stat}. */
    private static final double MS_PER_TICK = 10.0;

    /** CPU ticks used so far by each process, by name. */
    record Snapshot(Map<String, Long> ticks) {
    }

    /** CPU milliseconds per item by process, and their sum. */
    record PerItem(Map<String, Double> msByProcess, double totalMs) {

        String line() {
            return String.format("%.1f ms in all: ", totalMs) + msByProcess.entrySet().stream()
                    .map(e -> String.format("%s %.1f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        }
    }

    static Snapshot take(Path dataDir) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, String> process : StackProcesses.read(dataDir).entrySet()) {
            try {
                ticks.put(process.getKey(), ticks(Files.readString(Path.of("/proc", process.getValue(), "stat"))));
            } catch (NoSuchFileException e) {
                // the process has ended: it has no figure
            }
        }
        return new Snapshot(ticks);
    }

    /** Each process's CPU time between the two snapshots divided by {@code items}; processes in both only. */
    static PerItem perItem(Snapshot before, Snapshot after, long items) {
        Map<String, Double> ms = new LinkedHashMap<>();
        if (items > 0) {
            after.ticks().forEach((name, ticks) -> {
                Long earlier = before.ticks().get(name);
                if (earlier != null) {
                    ms.put(name, (ticks - earlier) * MS_PER_TICK / items);
                }
            });
        }
        return new PerItem(ms, ms.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /** utime + stime of a {@code /proc/<pid>/stat} line (fields 14 and 15; the name in parentheses may hold spaces). */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private ProcessCpu() {
    }
}
