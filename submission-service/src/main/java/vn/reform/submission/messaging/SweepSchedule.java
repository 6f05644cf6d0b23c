package vn.reform.submission.messaging;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When the outbox relay scans the store for unpublished documents: at its first pass (start-up recovery), when a
 * source asks (a write whose outcome is unknown may have left something stored that nobody queued), and otherwise
 * once per safety interval. Not thread-safe: used by the relay's one thread.
 */
final class SweepSchedule {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private boolean swept;
    private long lastSweep;

    SweepSchedule(Duration safetyInterval, LongSupplier nanoTime) {
        this.intervalNanos = safetyInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    boolean due(boolean asked) {
        return !swept || asked || nanoTime.getAsLong() - lastSweep > intervalNanos;
    }

    void swept() {
        swept = true;
        lastSweep = nanoTime.getAsLong();
    }
}
