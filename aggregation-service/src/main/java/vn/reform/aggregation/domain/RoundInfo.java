package vn.reform.aggregation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reporting round from RoundChanged. */
public record RoundInfo(String code, String templateCode, Integer templateVersion, String title, String periodKind,
                        LocalDate dataFrom, LocalDate dataTo, Instant dueAt, List<String> expectedAgencies,
                        String status) {

    public RoundInfo {
        expectedAgencies = expectedAgencies == null ? List.of() : List.copyOf(expectedAgencies);
    }

    public String templateKey() {
        return templateCode == null || templateVersion == null ? null : Template.key(templateCode, templateVersion);
    }
}
