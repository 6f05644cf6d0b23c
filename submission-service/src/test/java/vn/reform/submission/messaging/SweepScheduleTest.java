package vn.reform.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SweepScheduleTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final SweepSchedule sweeps = new SweepSchedule(Duration.ofMinutes(10), now::get);

    @Test
    void theFirstPassSweepsWhateverTheSourcesSay() {
        assertThat(sweeps.due(false)).isTrue();
    }

    @Test
    void afterASweepTheNextWaitsForTheSafetyInterval() {
        sweeps.swept();
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(sweeps.due(false)).isFalse();
        now.incrementAndGet();
        assertThat(sweeps.due(false)).isTrue();
    }

    @Test
    void aSourceThatAsksGetsASweepAtOnce() {
        sweeps.swept();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(sweeps.due(true)).isTrue();
        sweeps.swept();
        assertThat(sweeps.due(false)).isFalse();
    }
}
