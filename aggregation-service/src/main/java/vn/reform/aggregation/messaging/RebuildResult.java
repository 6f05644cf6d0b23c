package vn.reform.aggregation.messaging;

import java.util.Map;

/** What a rebuild replayed: records per topic, records that failed (as they did live), and how long it took. */
public record RebuildResult(Map<String, Long> replayed, long failed, long tookMillis) {
}
