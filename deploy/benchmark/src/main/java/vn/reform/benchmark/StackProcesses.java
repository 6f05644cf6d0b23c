package vn.reform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The local stack's processes by name, from deploy/run.sh's pid file ({@code <pid> <name>} per line). */
final class StackProcesses {

    /** Name to pid, in start order; empty when the benchmark did not start the stack. */
    static Map<String, String> read(Path dataDir) throws IOException {
        Map<String, String> pids = new LinkedHashMap<>();
        if (dataDir == null || !Files.exists(dataDir.resolve("run.pids"))) {
            return pids;
        }
        for (String line : Files.readAllLines(dataDir.resolve("run.pids"))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                pids.put(parts[1], parts[0]);
            }
        }
        return pids;
    }

    private StackProcesses() {
    }
}
