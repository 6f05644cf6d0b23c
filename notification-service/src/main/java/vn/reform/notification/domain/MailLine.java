package vn.reform.notification.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One reminder as it is told in a mail: which report of which agency, which round, which stage of the ladder. */
public record MailLine(Round round, Agency agency, ReminderStage stage, LocalDate day, Instant dueAt,
                       int workingDaysOverdue) {
}
