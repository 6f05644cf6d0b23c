package vn.reform.notification.config;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.reform.notification.domain.LadderSettings;

/** The default reminder ladder; a round may override it (see {@code PUT /api/notification/rounds/{round}/ladder}). */
@ConfigurationProperties("notification.ladder")
public record LadderProperties(
        @DefaultValue("3") int daysBefore,
        @DefaultValue("08:00") LocalTime dueDayMorning,
        @DefaultValue("true") boolean overdueEveryWorkingDay,
        @DefaultValue("2") int headFromWorkingDaysOverdue,
        @DefaultValue("5") int homeAffairsFromWorkingDaysOverdue) {

    public LadderSettings toSettings() {
        return new LadderSettings(daysBefore, dueDayMorning, overdueEveryWorkingDay, headFromWorkingDaysOverdue,
                homeAffairsFromWorkingDaysOverdue);
    }
}
