package vn.reform.notification.domain.sweep;

import static vn.reform.notification.support.MutableClock.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;

import vn.reform.notification.domain.WorkingCalendar;
import vn.reform.notification.persistence.SweepLease;
import vn.reform.notification.support.IntegrationTest;

/**
 * Integration tests of the sweep itself: a round due on Friday 18/12/2026 at 17:00, swept from Monday morning
 * (one working day overdue), by this instance's sweeper or by other instances sharing its store.
 */
abstract class SweepIntegrationTest extends IntegrationTest {

    static final Instant DUE = local(LocalDate.of(2026, 12, 18), "17:00");
    static final Instant MONDAY_MORNING = local(LocalDate.of(2026, 12, 21), "09:00");

    @Autowired
    ReminderRecorder recorder;
    @Autowired
    ReminderDelivery delivery;
    @Autowired
    SweepLease lease;
    @Autowired
    WorkingCalendar calendar;

    /** The sweeper of another instance (or of this one after a restart), with the default lease. */
    ReminderSweeper instance(String owner) {
        return new ReminderSweeper(owner, Duration.ofMinutes(5), lease, recorder, delivery, calendar, clock);
    }
}
