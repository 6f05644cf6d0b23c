package vn.reform.notification.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.reform.notification.domain.LadderSettings;

/** A round's own reminder ladder, replacing the configured default. */
@Document("ladders")
public record LadderDocument(@Id String round, int daysBefore, String dueDayMorning, boolean overdueEveryWorkingDay,
                             int headFromWorkingDaysOverdue, int homeAffairsFromWorkingDaysOverdue,
                             String updatedBy, Instant updatedAt) {

    public LadderSettings toSettings() {
        return new LadderSettings(daysBefore, java.time.LocalTime.parse(dueDayMorning), overdueEveryWorkingDay,
                headFromWorkingDaysOverdue, homeAffairsFromWorkingDaysOverdue);
    }

    public static LadderDocument of(String round, LadderSettings s, String updatedBy, Instant updatedAt) {
        return new LadderDocument(round, s.daysBefore(), s.dueDayMorning().toString(), s.overdueEveryWorkingDay(),
                s.headFromWorkingDaysOverdue(), s.homeAffairsFromWorkingDaysOverdue(), updatedBy, updatedAt);
    }
}
