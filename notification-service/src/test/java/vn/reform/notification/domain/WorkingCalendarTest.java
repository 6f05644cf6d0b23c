package vn.reform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reform.notification.support.TestCalendars;

class WorkingCalendarTest {

    static final ZoneId HCM = TestCalendars.HCM;
    static final WorkingCalendar CALENDAR = TestCalendars.CALENDAR;

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 8, 28))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 8, 29))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 8, 30))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void countsWorkingDaysAfterADaySkippingWeekendsAndHolidays() {
        LocalDate friday = LocalDate.of(2026, 8, 28);
        assertThat(CALENDAR.workingDaysAfter(friday, friday)).isZero();
        assertThat(CALENDAR.workingDaysAfter(friday, LocalDate.of(2026, 8, 30))).isZero();
        assertThat(CALENDAR.workingDaysAfter(friday, LocalDate.of(2026, 8, 31))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysAfter(friday, LocalDate.of(2026, 9, 3))).isEqualTo(2);
        assertThat(CALENDAR.workingDaysAfter(friday, LocalDate.of(2026, 9, 4))).isEqualTo(3);
    }

    @Test
    void quietHoursSpanTheNightInLocalTime() {
        assertThat(CALENDAR.isQuiet(Instant.parse("2026-08-31T12:59:59Z"))).isFalse(); // 19:59:59 local
        assertThat(CALENDAR.isQuiet(Instant.parse("2026-08-31T13:00:00Z"))).isTrue();  // 20:00 local
        assertThat(CALENDAR.isQuiet(Instant.parse("2026-08-31T23:59:00Z"))).isTrue();  // 06:59 local
        assertThat(CALENDAR.isQuiet(Instant.parse("2026-09-01T00:00:00Z"))).isFalse(); // 07:00 local
        assertThat(CALENDAR.maySendAt(Instant.parse("2026-09-01T02:00:00Z"))).isFalse(); // holiday 09:00
        assertThat(CALENDAR.maySendAt(Instant.parse("2026-09-03T02:00:00Z"))).isTrue();
    }

    @Test
    void aDaytimeQuietWindowAndNoQuietHoursAreSupported() {
        WorkingCalendar lunch = new WorkingCalendar(HCM, List.of(), LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.isQuiet(Instant.parse("2026-08-31T05:30:00Z"))).isTrue();
        assertThat(lunch.isQuiet(Instant.parse("2026-08-31T06:00:00Z"))).isFalse();
        WorkingCalendar never = new WorkingCalendar(HCM, List.of(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(never.isQuiet(Instant.parse("2026-08-31T17:00:00Z"))).isFalse();
    }
}
