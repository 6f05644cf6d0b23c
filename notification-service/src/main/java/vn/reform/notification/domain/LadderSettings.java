package vn.reform.notification.domain;

import java.time.LocalTime;

/**
 * One reminder ladder: a reminder {@code daysBefore} calendar days before the deadline day, one on the deadline
 * day from {@code dueDayMorning} (local time), then every working day while overdue (or only on the first one),
 * the agency head from {@code headFromWorkingDaysOverdue}, Home Affairs' digest from
 * {@code homeAffairsFromWorkingDaysOverdue} working days overdue.
 */
public record LadderSettings(
        int daysBefore,
        LocalTime dueDayMorning,
        boolean overdueEveryWorkingDay,
        int headFromWorkingDaysOverdue,
        int homeAffairsFromWorkingDaysOverdue) {
}
