package vn.reform.notification.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import vn.reform.notification.domain.WorkingCalendar;

/** A Ho Chi Minh City calendar for unit tests: 1/9 and 2/9/2026 are holidays, quiet from 20:00 to 07:00. */
public final class TestCalendars {

    public static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final WorkingCalendar CALENDAR = new WorkingCalendar(HCM,
            List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)), LocalTime.of(20, 0), LocalTime.of(7, 0));

    private TestCalendars() {
    }
}
