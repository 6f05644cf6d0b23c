package vn.reform.submission.domain.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One template asked of a set of agencies for one period, with a deadline. */
public record Round(
        String code,
        String templateCode,
        int templateVersion,
        String title,
        PeriodKind periodKind,
        LocalDate dataFrom,
        LocalDate dataTo,
        Instant dueAt,
        List<String> expectedAgencies,
        RoundStatus status,
        Map<String, Instant> reopenedFor) {

    public Round {
        expectedAgencies = expectedAgencies == null ? List.of() : List.copyOf(expectedAgencies);
        reopenedFor = reopenedFor == null ? Map.of() : Map.copyOf(reopenedFor);
    }

    public boolean expects(String agency) {
        return expectedAgencies.contains(agency);
    }

    @JsonIgnore
    public boolean isLocked() {
        return status == RoundStatus.LOCKED;
    }

    public Round withStatus(RoundStatus newStatus) {
        return new Round(code, templateCode, templateVersion, title, periodKind, dataFrom, dataTo, dueAt,
                expectedAgencies, newStatus, newStatus == RoundStatus.OPEN ? Map.of() : reopenedFor);
    }

    public Round reopenedFor(String agency, Instant agencyDueAt) {
        Map<String, Instant> reopened = new LinkedHashMap<>(reopenedFor);
        reopened.put(agency, agencyDueAt);
        return new Round(code, templateCode, templateVersion, title, periodKind, dataFrom, dataTo, dueAt,
                expectedAgencies, status, reopened);
    }
}
