package vn.reform.aggregation.domain;

import java.time.Instant;
import java.util.List;

/**
 * The small per-agency entry kept in the round rollup document: status for completeness and the agency list,
 * the kind its figures are counted under, flags (weights missing, template not yet known) and outliers.
 * {@code rev} is the agency's apply revision, the guard of every rollup update.
 */
public record AgencyEntry(String code, String status, Integer version, Instant submittedAt, boolean late,
                          boolean submitted, String kind, long rev, boolean awaitingTemplate,
                          List<String> missingWeights, List<Outlier> outliers, String returnReason) {

    public AgencyEntry {
        missingWeights = missingWeights == null ? List.of() : List.copyOf(missingWeights);
        outliers = outliers == null ? List.of() : List.copyOf(outliers);
    }

    public AgencyEntry withRev(long newRev) {
        return new AgencyEntry(code, status, version, submittedAt, late, submitted, kind, newRev, awaitingTemplate,
                missingWeights, outliers, returnReason);
    }
}
