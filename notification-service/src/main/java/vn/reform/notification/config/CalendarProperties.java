package vn.reform.notification.config;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local calendar reminders follow: time zone, public holidays (weekends are never working days)
 * and the quiet hours during which no mail leaves.
 */
@ConfigurationProperties("notification.calendar")
public record CalendarProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("20:00") LocalTime quietFrom,
        @DefaultValue("07:00") LocalTime quietUntil) {
}
