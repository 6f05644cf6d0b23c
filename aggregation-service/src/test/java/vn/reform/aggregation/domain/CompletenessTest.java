package vn.reform.aggregation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void countsOnlyExpectedAgenciesAndListsMissingAndReturned() {
        Map<String, AgencyEntry> entries = Map.of(
                "A", entry("A", "SUBMITTED", false, true),
                "B", entry("B", "RETURNED", true, true),
                "C", entry("C", "ACCEPTED", false, false),
                "X", entry("X", "SUBMITTED", false, true));
        Completeness c = Completeness.of(List.of("A", "B", "C", "D"), entries);
        assertThat(c.expected()).isEqualTo(4);
        assertThat(c.submitted()).isEqualTo(2);
        assertThat(c.onTime()).isEqualTo(1);
        assertThat(c.late()).isEqualTo(1);
        assertThat(c.missing()).containsExactly("C", "D");
        assertThat(c.returned()).containsExactly("B");
    }

    private static AgencyEntry entry(String code, String status, boolean late, boolean submitted) {
        return new AgencyEntry(code, status, 1, null, late, submitted, "DEPARTMENT", 1, false, List.of(), List.of(),
                null);
    }
}
