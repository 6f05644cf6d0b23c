package vn.reform.notification.domain.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import vn.reform.notification.config.SweepProperties;
import vn.reform.notification.domain.Agency;
import vn.reform.notification.domain.AwaitedReport;
import vn.reform.notification.domain.MailLine;
import vn.reform.notification.domain.ReminderStage;
import vn.reform.notification.domain.Round;
import vn.reform.notification.domain.WorkingCalendar;
import vn.reform.notification.messaging.mail.ReminderMail;
import vn.reform.notification.messaging.mail.ReminderMailComposer;
import vn.reform.notification.messaging.mail.SmtpReminderMailer;
import vn.reform.notification.persistence.CatalogueViewStore;
import vn.reform.notification.persistence.ReminderDocument;
import vn.reform.notification.persistence.ReminderStore;
import vn.reform.notification.persistence.ReportStateStore;

/**
 * Second half of a sweep: sends today's recorded, undelivered reminders, one mail per recipient. Each reminder
 * of a mail is first claimed (one atomic update of its document), so that no other delivery sends it too, then
 * checked again against the report's state read from MongoDB, so a report that arrives while a sweep runs stops
 * its reminders; the mail is sent once (only connecting is retried) and its reminders are marked SENT, or FAILED
 * for the next sweep when it did not go out.
 */
@Component
public class ReminderDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final ReminderStore reminders;
    private final CatalogueViewStore catalogue;
    private final ReportStateStore reports;
    private final ReminderMailComposer composer;
    private final SmtpReminderMailer mailer;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Duration claimDuration;

    public ReminderDelivery(ReminderStore reminders, CatalogueViewStore catalogue, ReportStateStore reports,
                            ReminderMailComposer composer, SmtpReminderMailer mailer, WorkingCalendar calendar,
                            Clock clock, SweepProperties sweep) {
        this.reminders = reminders;
        this.catalogue = catalogue;
        this.reports = reports;
        this.composer = composer;
        this.mailer = mailer;
        this.calendar = calendar;
        this.clock = clock;
        this.claimDuration = sweep.claimDuration();
    }

    /** Delivers what is due today, for a caller that holds no lease (tests, a single instance). */
    public DeliveryResult deliverDue(Instant now) {
        return deliverDue(now, () -> true);
    }

    /**
     * Delivers what is due today; {@code leaseStillHeld} is asked before each mail (and renews the lease), and
     * delivery stops as soon as it answers false, so that a sweep that outlived its lease never overlaps another.
     */
    public DeliveryResult deliverDue(Instant now, BooleanSupplier leaseStillHeld) {
        if (!calendar.maySendAt(now)) {
            return DeliveryResult.NONE;
        }
        LocalDate today = calendar.localDate(now);
        Map<String, List<ReminderDocument>> byMail = reminders.undeliveredOn(today).stream()
                .collect(Collectors.groupingBy(ReminderDocument::mailKey, LinkedHashMap::new, Collectors.toList()));
        int mails = 0;
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        for (List<ReminderDocument> group : byMail.values()) {
            if (!leaseStillHeld.getAsBoolean()) {
                log.warn("sweep lease lost: the remaining reminders are left to the sweep that holds it");
                break;
            }
            String claim = UUID.randomUUID().toString();
            MailDraft draft = claimStillDue(group, claim, today, now);
            cancelled += draft.cancelled();
            if (draft.lines().isEmpty()) {
                continue;
            }
            List<String> ids = draft.ids();
            ReminderMail mail = composer.compose(group.get(0).recipient(), draft.lines());
            try {
                mailer.send(mail);
                reminders.markSent(ids, clock.instant());
                mails++;
                sent += ids.size();
            } catch (CallNotPermittedException open) {
                reminders.markFailed(ids, claim, "SMTP circuit breaker open", clock.instant());
                failed += ids.size();
                log.warn("SMTP circuit breaker open: remaining reminders wait for the next sweep");
                break;
            } catch (RuntimeException e) {
                String error = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                reminders.markFailed(ids, claim, error, clock.instant());
                failed += ids.size();
                log.warn("mail to {} failed: {}", mail.to(), error);
            }
        }
        return new DeliveryResult(mails, sent, failed, cancelled);
    }

    /** The reminders of one mail that this claim got and that are still due; the others it got are cancelled. */
    private MailDraft claimStillDue(List<ReminderDocument> group, String claim, LocalDate today, Instant now) {
        List<MailLine> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int cancelled = 0;
        for (ReminderDocument recorded : group) {
            Optional<ReminderDocument> reminder = reminders.claim(recorded.id(), claim, clock.instant(), claimDuration);
            Optional<MailLine> line = reminder.flatMap(r -> stillDue(r, today));
            if (line.isPresent()) {
                lines.add(line.get());
                ids.add(recorded.id());
            } else if (reminder.isPresent()) {
                reminders.markCancelled(recorded.id(), claim, "report received, or deadline or stage changed", now);
                cancelled++;
            }
        }
        return new MailDraft(lines, ids, cancelled);
    }

    private record MailDraft(List<MailLine> lines, List<String> ids, int cancelled) {
    }

    private Optional<MailLine> stillDue(ReminderDocument reminder, LocalDate today) {
        Optional<Round> round = catalogue.round(reminder.round());
        if (round.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> deadline = AwaitedReport.deadline(round.get(), reminder.agency(),
                reports.find(reminder.round(), reminder.agency()).orElse(null));
        if (deadline.isEmpty() || !deadline.get().equals(reminder.dueAt()) || !timely(reminder, today)) {
            return Optional.empty();
        }
        Agency agency = catalogue.agency(reminder.agency())
                .orElse(new Agency(reminder.agency(), null, null, null, null));
        return Optional.of(new MailLine(round.get(), agency, reminder.stage(), today, reminder.dueAt(),
                reminder.workingDaysOverdue()));
    }

    /** A once-per-deadline reminder carried over to a later day must still make sense that day. */
    private boolean timely(ReminderDocument reminder, LocalDate today) {
        LocalDate dueDay = calendar.localDate(reminder.dueAt());
        if (reminder.stage() == ReminderStage.BEFORE_DEADLINE) {
            return today.isBefore(dueDay);
        }
        return reminder.stage() != ReminderStage.DUE_DAY || today.equals(dueDay);
    }
}
