package vn.reform.notification.api;

import java.time.Instant;

import vn.reform.notification.persistence.ReminderDocument;

/**
 * One reminder as {@code GET /api/reminders} shows it: the fields of shared/api.md first, then what helps Home
 * Affairs read it (the day it belongs to, the deadline, days overdue, attempts, the last error).
 */
public record ReminderView(String round, String agency, String stage, String channel, String recipient,
                           String status, Instant sentAt, String day, Instant dueAt, int workingDaysOverdue,
                           int attempts, String lastError, Instant recordedAt, Instant lastAttemptAt) {

    public static ReminderView of(ReminderDocument d) {
        return new ReminderView(d.round(), d.agency(), d.stage().name(), d.channel(), d.recipient(), d.status().name(),
                d.sentAt(), d.day(), d.dueAt(), d.workingDaysOverdue(), d.attempts(), d.lastError(), d.createdAt(),
                d.lastAttemptAt());
    }
}
