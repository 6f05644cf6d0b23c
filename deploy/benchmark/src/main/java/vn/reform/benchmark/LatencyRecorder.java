package vn.reform.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Collects latencies (nanoseconds) from many threads and summarises them. */
final class LatencyRecorder {

    private long[] samples = new long[1 << 16];
    private int size;
    private static final int REASONS = 5;

    private final AtomicLong errors = new AtomicLong();
    private final Map<String, Long> reasons = new LinkedHashMap<>();

    synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    void error() {
        error("unrecorded");
    }

    /** One error, with its reason kept (counted) among the first {@value #REASONS} distinct ones. */
    void error(String reason) {
        errors.incrementAndGet();
        synchronized (reasons) {
            if (reasons.containsKey(reason) || reasons.size() < REASONS) {
                reasons.merge(reason, 1L, Long::sum);
            }
        }
    }

    synchronized LatencyStats summarise(double seconds) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        return new LatencyStats(size, errors.get(), seconds, size / Math.max(seconds, 1e-9),
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                reasons());
    }

    private Map<String, Long> reasons() {
        synchronized (reasons) {
            return Map.copyOf(reasons);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
