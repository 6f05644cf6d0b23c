package vn.reform.aggregation.domain;

import java.time.Instant;
import java.util.Map;

/**
 * The round rollup document: running totals (whole province and per agency kind) and the per-agency entries.
 * {@code revision} grows with every applied change.
 */
public record RoundRollup(String round, long revision, Instant asOf, String templateKey,
                          Map<String, AgencyEntry> agencies, Map<String, Long> totals,
                          Map<String, Map<String, Long>> byKind) {
}
