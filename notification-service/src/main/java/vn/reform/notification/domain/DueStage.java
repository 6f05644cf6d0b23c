package vn.reform.notification.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ladder stage due now for one deadline. {@code occurrence} tells repeated stages apart: the local day for daily
 * stages, the deadline itself for the once-per-deadline ones.
 */
public record DueStage(ReminderStage stage, LocalDate day, Instant dueAt, int workingDaysOverdue) {

    public String occurrence() {
        return stage.daily() ? day.toString() : "due-" + dueAt;
    }
}
