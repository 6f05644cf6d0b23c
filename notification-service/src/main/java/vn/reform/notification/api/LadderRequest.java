package vn.reform.notification.api;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.reform.notification.domain.LadderSettings;

/** Body of {@code PUT /api/notification/rounds/{round}/ladder}; also what GET answers. */
public record LadderRequest(
        @NotNull @Min(0) @Max(30) Integer daysBefore,
        @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") String dueDayMorning,
        @NotNull Boolean overdueEveryWorkingDay,
        @NotNull @Min(1) @Max(60) Integer headFromWorkingDaysOverdue,
        @NotNull @Min(1) @Max(60) Integer homeAffairsFromWorkingDaysOverdue) {

    public LadderSettings toSettings() {
        return new LadderSettings(daysBefore, LocalTime.parse(dueDayMorning), overdueEveryWorkingDay,
                headFromWorkingDaysOverdue, homeAffairsFromWorkingDaysOverdue);
    }

    public static LadderRequest of(LadderSettings s) {
        return new LadderRequest(s.daysBefore(), s.dueDayMorning().toString(), s.overdueEveryWorkingDay(),
                s.headFromWorkingDaysOverdue(), s.homeAffairsFromWorkingDaysOverdue());
    }
}
