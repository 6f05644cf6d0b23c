package vn.reform.aggregation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who has reported among the round's expected agencies. {@code submitted = onTime + late} counts agencies with a
 * submitted version (whatever happened to it since); {@code missing} lists those without one, so
 * {@code submitted + missing.size() = expected}; {@code returned} lists submitted reports sent back for
 * correction (their latest submitted figures stay counted until the corrected version replaces them).
 */
public record Completeness(int expected, int submitted, int onTime, int late, List<String> missing,
                           List<String> returned) {

    public static Completeness of(List<String> expectedAgencies, Map<String, AgencyEntry> entries) {
        int submitted = 0;
        int late = 0;
        List<String> missing = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        for (String code : expectedAgencies) {
            AgencyEntry entry = entries.get(code);
            if (entry == null || !entry.submitted()) {
                missing.add(code);
                continue;
            }
            submitted++;
            if (entry.late()) {
                late++;
            }
            if (ReportStatus.RETURNED.name().equals(entry.status())) {
                returned.add(code);
            }
        }
        return new Completeness(expectedAgencies.size(), submitted, submitted - late, late, missing, returned);
    }
}
