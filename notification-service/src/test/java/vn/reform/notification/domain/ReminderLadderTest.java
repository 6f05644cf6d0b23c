package vn.reform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reform.notification.support.TestCalendars;

class ReminderLadderTest {

    static final LadderSettings DEFAULT = new LadderSettings(3, LocalTime.of(8, 0), true, 2, 5);
    static final ReminderLadder LADDER = new ReminderLadder(TestCalendars.CALENDAR);
    /** Friday 28/8/2026 17:00 local; 1/9 and 2/9 are holidays. */
    static final Instant DUE = Instant.parse("2026-08-28T10:00:00Z");

    static List<ReminderStage> stagesAt(String localDateTime, LadderSettings ladder) {
        Instant now = java.time.LocalDateTime.parse(localDateTime).atZone(TestCalendars.HCM).toInstant();
        return LADDER.dueStages(now, DUE, ladder).stream().map(DueStage::stage).toList();
    }

    @Test
    void beforeTheDeadlineOnlyFromTheConfiguredNumberOfDaysBefore() {
        assertThat(stagesAt("2026-08-24T09:00", DEFAULT)).isEmpty();
        assertThat(stagesAt("2026-08-25T09:00", DEFAULT)).containsExactly(ReminderStage.BEFORE_DEADLINE);
        assertThat(stagesAt("2026-08-27T09:00", DEFAULT)).containsExactly(ReminderStage.BEFORE_DEADLINE);
    }

    @Test
    void onTheDeadlineDayFromTheMorningUntilTheDeadline() {
        assertThat(stagesAt("2026-08-28T07:59", DEFAULT)).isEmpty();
        assertThat(stagesAt("2026-08-28T08:00", DEFAULT)).containsExactly(ReminderStage.DUE_DAY);
        assertThat(stagesAt("2026-08-28T16:59", DEFAULT)).containsExactly(ReminderStage.DUE_DAY);
        assertThat(stagesAt("2026-08-28T17:00", DEFAULT)).isEmpty();
    }

    @Test
    void overdueEveryWorkingDayThenTheHeadThenHomeAffairs() {
        assertThat(stagesAt("2026-08-29T09:00", DEFAULT)).isEmpty(); // Saturday
        assertThat(stagesAt("2026-08-31T09:00", DEFAULT)).containsExactly(ReminderStage.OVERDUE);
        assertThat(stagesAt("2026-09-01T09:00", DEFAULT)).isEmpty(); // holiday
        assertThat(stagesAt("2026-09-03T09:00", DEFAULT))
                .containsExactly(ReminderStage.OVERDUE, ReminderStage.HEAD_ESCALATION);
        assertThat(stagesAt("2026-09-07T09:00", DEFAULT))
                .containsExactly(ReminderStage.OVERDUE, ReminderStage.HEAD_ESCALATION);
        assertThat(stagesAt("2026-09-08T09:00", DEFAULT)).containsExactly(ReminderStage.OVERDUE,
                ReminderStage.HEAD_ESCALATION, ReminderStage.HOME_AFFAIRS_DIGEST);
    }

    @Test
    void dailyStagesAreTheirOwnReminderEachDayTheOthersOncePerDeadline() {
        Instant monday = Instant.parse("2026-08-31T02:00:00Z");
        Instant thursday = Instant.parse("2026-09-03T02:00:00Z");
        DueStage first = LADDER.dueStages(monday, DUE, DEFAULT).get(0);
        DueStage later = LADDER.dueStages(thursday, DUE, DEFAULT).get(0);
        assertThat(first.occurrence()).isEqualTo("2026-08-31").isNotEqualTo(later.occurrence());
        assertThat(later.workingDaysOverdue()).isEqualTo(2);
        DueStage before1 = LADDER.dueStages(Instant.parse("2026-08-25T02:00:00Z"), DUE, DEFAULT).get(0);
        DueStage before2 = LADDER.dueStages(Instant.parse("2026-08-26T02:00:00Z"), DUE, DEFAULT).get(0);
        assertThat(before1.occurrence()).isEqualTo(before2.occurrence()).isEqualTo("due-" + DUE);
    }

    @Test
    void aLadderCanRemindOnlyOnTheFirstOverdueDayAndEscalateLater() {
        LadderSettings relaxed = new LadderSettings(1, LocalTime.of(9, 0), false, 3, 10);
        assertThat(stagesAt("2026-08-25T09:00", relaxed)).isEmpty();
        assertThat(stagesAt("2026-08-27T09:00", relaxed)).containsExactly(ReminderStage.BEFORE_DEADLINE);
        assertThat(stagesAt("2026-08-28T08:30", relaxed)).isEmpty();
        assertThat(stagesAt("2026-08-31T09:00", relaxed)).containsExactly(ReminderStage.OVERDUE);
        assertThat(stagesAt("2026-09-03T09:00", relaxed)).isEmpty();
        assertThat(stagesAt("2026-09-04T09:00", relaxed)).containsExactly(ReminderStage.HEAD_ESCALATION);
    }

    @Test
    void nothingInQuietHours() {
        assertThat(stagesAt("2026-08-31T06:59", DEFAULT)).isEmpty();
        assertThat(stagesAt("2026-08-31T20:00", DEFAULT)).isEmpty();
    }
}
