package vn.reform.submission.domain.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Working days: Monday to Friday, less the configured public holidays. */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day strictly after {@code day} (n ≥ 1); n = 0 gives the first working day from {@code day} on. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate current = day;
        if (n == 0) {
            while (!isWorkingDay(current)) {
                current = current.plusDays(1);
            }
            return current;
        }
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
