package vn.reform.benchmark;

/** Count, errors, duration, throughput per second and latency percentiles in milliseconds. */
record LatencyStats(long count, long errors, double seconds, double perSecond, double p50Ms, double p99Ms, double maxMs) {

    String line() {
        return String.format("%9.1f/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (n=%d, errors=%d)",
                perSecond, p50Ms, p99Ms, maxMs, count, errors);
    }
}
