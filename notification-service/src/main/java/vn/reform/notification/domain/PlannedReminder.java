package vn.reform.notification.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One reminder to send: a ladder stage for one round and agency, to one recipient, on one local day. */
public record PlannedReminder(String round, String agency, ReminderStage stage, String recipient, LocalDate day,
                              Instant dueAt, int workingDaysOverdue, String occurrence) {

    public static PlannedReminder of(String round, String agency, DueStage due, String recipient) {
        return new PlannedReminder(round, agency, due.stage(), recipient, due.day(), due.dueAt(),
                due.workingDaysOverdue(), due.occurrence());
    }

    /** The unique key under which this reminder is recorded before it is sent. */
    public String key() {
        return String.join("|", round, agency, stage.name(), recipient, occurrence);
    }

    /** All reminders for one recipient on one day go out as one mail under this key. */
    public String mailKey() {
        return mailKey(recipient, day);
    }

    public static String mailKey(String recipient, LocalDate day) {
        return recipient + "|" + day;
    }
}
