package vn.reform.notification.domain.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.reform.notification.domain.WorkingCalendar;
import vn.reform.notification.persistence.SweepLease;

/**
 * One sweep: under the MongoDB lease (so two instances never both send), record what is due, then deliver.
 * Reminders recorded by a sweep that crashed before sending are delivered by the next one.
 */
public class ReminderSweeper {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweeper.class);

    private final String owner;
    private final Duration leaseDuration;
    private final SweepLease lease;
    private final ReminderRecorder recorder;
    private final ReminderDelivery delivery;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public ReminderSweeper(String owner, Duration leaseDuration, SweepLease lease, ReminderRecorder recorder,
                           ReminderDelivery delivery, WorkingCalendar calendar, Clock clock) {
        this.owner = owner;
        this.leaseDuration = leaseDuration;
        this.lease = lease;
        this.recorder = recorder;
        this.delivery = delivery;
        this.calendar = calendar;
        this.clock = clock;
    }

    public String owner() {
        return owner;
    }

    public SweepResult sweep() {
        Instant now = clock.instant();
        if (!calendar.maySendAt(now)) {
            return SweepResult.skipped("QUIET_TIME");
        }
        if (!lease.tryAcquire(owner, now, leaseDuration)) {
            return SweepResult.skipped("LEASE_HELD_ELSEWHERE");
        }
        try {
            int recorded = recorder.recordDue(now);
            SweepResult result = SweepResult.of(recorded,
                    delivery.deliverDue(now, () -> lease.tryAcquire(owner, clock.instant(), leaseDuration)));
            if (result.recorded() + result.sent() + result.failed() + result.cancelled() > 0) {
                log.info("sweep by {}: {}", owner, result);
            }
            return result;
        } finally {
            lease.release(owner);
        }
    }
}
