package vn.reform.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.reform.notification.domain.Round;

@Document("rounds")
public record RoundDocument(@Id String code, String title, Instant dueAt, List<String> expectedAgencies, String status,
                            Map<String, Instant> reopenedFor, Instant updatedAt) {

    public Round toRound() {
        return new Round(code, title, dueAt, expectedAgencies, "OPEN".equals(status), reopenedFor);
    }
}
