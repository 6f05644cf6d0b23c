package vn.reform.notification.domain.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reform.notification.support.MutableClock.local;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reform.notification.domain.ReportStatus;
import vn.reform.notification.persistence.ReminderDocument;
import vn.reform.notification.support.IntegrationTest;

/**
 * A closed round reminds only the agencies asked again, and the sweep reads all report states of the live rounds
 * (open, or reopened for someone) but only the awaited ones of the others: a year of settled reports is not read.
 */
class ClosedRoundSweepTest extends IntegrationTest {

    @Test
    void aClosedRoundRemindsOnlyTheReportsAskedForAgain() {
        agencies("CR1", "CR2", "CR3");
        Instant due = local(LocalDate.of(2026, 12, 14), "17:00");
        Instant newDue = local(LocalDate.of(2026, 12, 16), "17:00");
        events.round("CR-R", "Báo cáo quý IV", due, List.of("CR1", "CR2", "CR3"), "LOCKED");
        awaitRound("CR-R");
        events.submitted("CR-R", "CR1", 1);
        events.submitted("CR-R", "CR2", 1);
        events.returned("CR-R", "CR2", 2, newDue);
        awaitReportSequence("CR-R", "CR1", 1);
        awaitReportSequence("CR-R", "CR2", 2);

        // Thursday 17/12: one working day after the returned report's new deadline, three after the round's
        sweepAt(local(LocalDate.of(2026, 12, 17), "09:00"));

        assertThat(recorded("CR-R")).extracting(ReminderDocument::agency).isNotEmpty().containsOnly("CR2");
    }

    @Test
    void theSweepReadsEveryStateOfTheLiveRoundsAndOnlyTheAwaitedOnesOfTheOthers() {
        Instant now = Instant.parse("2026-12-01T03:00:00Z");
        reportStates.apply("LIVE", "A", ReportStatus.SUBMITTED, null, 1, "e1", now);
        reportStates.apply("LIVE", "F", ReportStatus.ACCEPTED, null, 1, "e6", now);
        reportStates.apply("OLD", "B", ReportStatus.ACCEPTED, null, 1, "e2", now);
        reportStates.apply("OLD", "C", ReportStatus.RETURNED, now, 1, "e3", now);
        reportStates.apply("OLD", "D", ReportStatus.REOPENED, now, 1, "e4", now);
        reportStates.apply("OLD", "E", ReportStatus.SUBMITTED, null, 1, "e5", now);

        assertThat(reportStates.ofRoundsOrAwaited(List.of("LIVE")).keySet())
                .containsExactlyInAnyOrder("LIVE|A", "LIVE|F", "OLD|C", "OLD|D");
        assertThat(reportStates.ofRoundsOrAwaited(List.of()).keySet()).containsExactlyInAnyOrder("OLD|C", "OLD|D");
    }
}
