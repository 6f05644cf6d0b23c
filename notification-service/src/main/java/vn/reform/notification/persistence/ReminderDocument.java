package vn.reform.notification.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.reform.notification.domain.PlannedReminder;
import vn.reform.notification.domain.ReminderStage;

/**
 * One reminder, recorded under its unique key ({@code round|agency|stage|recipient|occurrence}) before it is
 * sent. Reminders sharing a {@code mailKey} ({@code recipient|day}) go out as one mail. While a delivery sends it,
 * the reminder carries that delivery's {@code claim} until {@code claimedUntil}: no other delivery touches it
 * meanwhile, and the claim of a delivery that crashed simply expires.
 */
@Document("reminders")
public record ReminderDocument(@Id String id, String round, String agency, ReminderStage stage, String channel,
                               String recipient, String day, Instant dueAt, int workingDaysOverdue, String mailKey,
                               ReminderStatus status, int attempts, String lastError, Instant createdAt,
                               Instant lastAttemptAt, Instant sentAt, String claim, Instant claimedUntil) {

    public static final String EMAIL = "EMAIL";

    public static ReminderDocument pending(PlannedReminder r, Instant now) {
        return new ReminderDocument(r.key(), r.round(), r.agency(), r.stage(), EMAIL, r.recipient(), r.day().toString(),
                r.dueAt(), r.workingDaysOverdue(), r.mailKey(), ReminderStatus.PENDING, 0, null, now, null, null, null,
                null);
    }
}
