package vn.reform.aggregation.domain;

import java.util.Map;

/**
 * What the round rollup holds for one agency: the counters added under {@code kind}, and {@code rev}, the
 * agency's apply revision that the rollup document records next to its status entry.
 */
public record AppliedState(long rev, String kind, Map<String, Long> counters) {

    public static final AppliedState NONE = new AppliedState(0, null, Map.of());

    public AppliedState {
        counters = Map.copyOf(counters);
    }

    public ContributionVector vector() {
        return new ContributionVector(counters, java.util.List.of());
    }
}
