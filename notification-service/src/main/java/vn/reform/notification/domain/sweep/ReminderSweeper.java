package vn.reform.notification.domain.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.reform.notification.domain.WorkingCalendar;
import vn.reform.notification.persistence.SweepLease;

/**
 * One sweep: under the MongoDB lease, record what is due, then deliver. The lease is held by the sweep, not by the
 * instance: a sweep called while another one runs (a second manual call, the scheduled one, another instance) does
 * nothing. Reminders recorded by a sweep that crashed before sending are delivered by the next one.
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
        String holder = owner + "/" + UUID.randomUUID();
        if (!lease.tryAcquire(holder, now, leaseDuration)) {
            return SweepResult.skipped("LEASE_HELD_ELSEWHERE");
        }
        try {
            int recorded = recorder.recordDue(now);
            SweepResult result = SweepResult.of(recorded,
                    delivery.deliverDue(now, () -> lease.tryAcquire(holder, clock.instant(), leaseDuration)));
            if (result.recorded() + result.sent() + result.failed() + result.cancelled() > 0) {
                log.info("sweep {}: {}", holder, result);
            }
            return result;
        } finally {
            lease.release(holder);
        }
    }
}
