package vn.reform.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which stages of a ladder are due at a given moment for a given deadline: pure rules, no I/O. */
public final class ReminderLadder {

    private final WorkingCalendar calendar;

    public ReminderLadder(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public List<DueStage> dueStages(Instant now, Instant dueAt, LadderSettings ladder) {
        if (!calendar.maySendAt(now)) {
            return List.of();
        }
        LocalDate today = calendar.localDate(now);
        LocalDate dueDay = calendar.localDate(dueAt);
        List<DueStage> due = new ArrayList<>();
        if (today.isBefore(dueDay)) {
            if (!today.isBefore(dueDay.minusDays(ladder.daysBefore()))) {
                due.add(new DueStage(ReminderStage.BEFORE_DEADLINE, today, dueAt, 0));
            }
        } else if (today.equals(dueDay)) {
            if (now.isBefore(dueAt) && !calendar.localTime(now).isBefore(ladder.dueDayMorning())) {
                due.add(new DueStage(ReminderStage.DUE_DAY, today, dueAt, 0));
            }
        } else {
            int overdue = calendar.workingDaysAfter(dueDay, today);
            if (ladder.overdueEveryWorkingDay() || overdue == 1) {
                due.add(new DueStage(ReminderStage.OVERDUE, today, dueAt, overdue));
            }
            if (overdue >= ladder.headFromWorkingDaysOverdue()) {
                due.add(new DueStage(ReminderStage.HEAD_ESCALATION, today, dueAt, overdue));
            }
            if (overdue >= ladder.homeAffairsFromWorkingDaysOverdue()) {
                due.add(new DueStage(ReminderStage.HOME_AFFAIRS_DIGEST, today, dueAt, overdue));
            }
        }
        return due;
    }
}
