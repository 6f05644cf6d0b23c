package vn.reform.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** This service's view of a reporting round (from {@code RoundChanged}). */
public record Round(String code, String title, Instant dueAt, List<String> expectedAgencies, boolean open,
                    Map<String, Instant> reopenedFor) {

    public Round {
        expectedAgencies = expectedAgencies == null ? List.of() : List.copyOf(expectedAgencies);
        reopenedFor = reopenedFor == null ? Map.of() : Map.copyOf(reopenedFor);
    }

    public String displayTitle() {
        return title == null || title.isBlank() ? code : title;
    }
}
