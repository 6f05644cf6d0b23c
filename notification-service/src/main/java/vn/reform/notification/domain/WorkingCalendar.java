package vn.reform.notification.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/** Working days (no weekends, no public holidays) and quiet hours in the local time zone. */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    public WorkingCalendar(ZoneId zone, Collection<LocalDate> holidays, LocalTime quietFrom, LocalTime quietUntil) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalTime localTime(Instant instant) {
        return instant.atZone(zone).toLocalTime();
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code instant} falls in the quiet hours (which may span midnight). */
    public boolean isQuiet(Instant instant) {
        LocalTime t = localTime(instant);
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        if (quietFrom.isBefore(quietUntil)) {
            return !t.isBefore(quietFrom) && t.isBefore(quietUntil);
        }
        return !t.isBefore(quietFrom) || t.isBefore(quietUntil);
    }

    /** Mail may leave now: a working day, outside quiet hours. */
    public boolean maySendAt(Instant instant) {
        return isWorkingDay(localDate(instant)) && !isQuiet(instant);
    }
}
