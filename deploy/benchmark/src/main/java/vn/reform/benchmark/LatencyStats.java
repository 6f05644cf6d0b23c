package vn.reform.benchmark;

import java.util.Map;

/**
 * Count, errors, duration, throughput per second and latency percentiles in milliseconds; what the errors were
 * (how many of each reason, the first few reasons only), so that a failed run says why.
 */
record LatencyStats(long count, long errors, double seconds, double perSecond, double p50Ms, double p99Ms, double maxMs,
                    Map<String, Long> errorReasons) {

    String line() {
        return String.format("%9.1f/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (n=%d, errors=%d)",
                perSecond, p50Ms, p99Ms, maxMs, count, errors) + (errorReasons.isEmpty() ? "" : " " + errorReasons);
    }
}
