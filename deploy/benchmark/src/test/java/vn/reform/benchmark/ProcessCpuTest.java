package vn.reform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuTest {

    @Test
    void readsUserAndSystemTicksEvenWhenTheNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (svc) x) S 1 4242 4242 0 -1 4194560 88312 0 12 0 1500 250 3 4 20 0 57 0 999 "
                + "3000000000 120000 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcessCpu.ticks(stat)).isEqualTo(1750);
    }

    @Test
    void dividesEachProcesssTimeByTheItemsAndLeavesOutAProcessNotInBothSnapshots() {
        ProcessCpu.Snapshot before = new ProcessCpu.Snapshot(ticks("gateway", 100L, "mongo", 50L, "gone", 10L));
        ProcessCpu.Snapshot after = new ProcessCpu.Snapshot(ticks("gateway", 300L, "mongo", 150L, "new", 40L));

        ProcessCpu.PerItem perItem = ProcessCpu.perItem(before, after, 100);

        assertThat(perItem.msByProcess()).containsOnlyKeys("gateway", "mongo");
        assertThat(perItem.msByProcess().get("gateway")).isCloseTo(20.0, within(1e-9)); // 200 ticks of 10 ms / 100
        assertThat(perItem.msByProcess().get("mongo")).isCloseTo(10.0, within(1e-9));
        assertThat(perItem.totalMs()).isCloseTo(30.0, within(1e-9));
        assertThat(perItem.line()).isEqualTo("30.0 ms in all: gateway 20.0, mongo 10.0");
        assertThat(ProcessCpu.perItem(before, after, 0).msByProcess()).isEmpty();
    }

    @Test
    void measuresTheProcessesOfThePidFileThatStillRun(@TempDir Path data) throws Exception {
        long self = ProcessHandle.current().pid();
        Files.writeString(data.resolve("run.pids"), self + " benchmark\n999999999 ended\n");

        ProcessCpu.Snapshot snapshot = ProcessCpu.take(data);

        assertThat(snapshot.ticks()).containsOnlyKeys("benchmark");
        assertThat(snapshot.ticks().get("benchmark")).isPositive();
        assertThat(ProcessCpu.take(null).ticks()).isEmpty();
    }

    private static Map<String, Long> ticks(Object... nameThenTicks) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (int i = 0; i < nameThenTicks.length; i += 2) {
            ticks.put((String) nameThenTicks[i], (Long) nameThenTicks[i + 1]);
        }
        return ticks;
    }
}
