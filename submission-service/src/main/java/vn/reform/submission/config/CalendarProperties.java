package vn.reform.submission.config;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Deadlines: local zone and time, working days after the cut-off, and the public holidays to skip. */
@ConfigurationProperties("reform.calendar")
public record CalendarProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("17:00") LocalTime dueTime,
        @DefaultValue("2") int workingDaysAfterCutoff,
        List<LocalDate> holidays) {

    public CalendarProperties {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
