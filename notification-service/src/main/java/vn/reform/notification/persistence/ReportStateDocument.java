package vn.reform.notification.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.reform.notification.domain.ReportState;
import vn.reform.notification.domain.ReportStatus;

/** The latest applied report event of one {@code round|agency}; {@code sequence} guards against replays. */
@Document("report_states")
public record ReportStateDocument(@Id String id, String round, String agency, ReportStatus status, Instant dueAt,
                                  long sequence, String lastEventId, Instant updatedAt) {

    public ReportState toState() {
        return new ReportState(round, agency, status, dueAt, sequence);
    }
}
