package vn.reform.aggregation.messaging;

import java.util.Map;

/**
 * What a rebuild did: records replayed per topic, records that failed (as they did live), contributions and
 * rollups written, and how long it took.
 */
public record RebuildResult(Map<String, Long> replayed, long failed, long contributions, long rollups,
                            long tookMillis) {
}
