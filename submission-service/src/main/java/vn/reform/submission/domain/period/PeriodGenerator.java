package vn.reform.submission.domain.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.reform.submission.domain.catalogue.PeriodKind;

/**
 * The data windows of Decree 09/2019/NĐ-CP (cut-off on the 14th, window opening on the 15th of the month before) and
 * the agency deadline: a configurable number of working days after the cut-off, at a fixed local time.
 * Codes: {@code <year>-T01..T12} (months), {@code <year>-Q1..Q4}, {@code <year>-6T}, {@code <year>-9T}, {@code <year>-NAM}.
 */
public final class PeriodGenerator {

    private final WorkingDayCalendar calendar;
    private final int workingDaysAfterCutoff;
    private final LocalTime dueTime;
    private final ZoneId zone;

    public PeriodGenerator(WorkingDayCalendar calendar, int workingDaysAfterCutoff, LocalTime dueTime, ZoneId zone) {
        this.calendar = calendar;
        this.workingDaysAfterCutoff = workingDaysAfterCutoff;
        this.dueTime = dueTime;
        this.zone = zone;
    }

    /** Every window of the year: months, quarters, half-year, nine months, year. */
    public List<PeriodWindow> windows(int year) {
        List<PeriodWindow> all = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            all.add(window(String.format("%d-T%02d", year, month), PeriodKind.MONTH, year, month, month));
        }
        all.addAll(reportingWindows(year));
        return all;
    }

    /** The windows periodic reform reports use: quarters, half-year, nine months and year. */
    public List<PeriodWindow> reportingWindows(int year) {
        List<PeriodWindow> all = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            all.add(window(year + "-Q" + quarter, PeriodKind.QUARTER, year, quarter * 3 - 2, quarter * 3));
        }
        all.add(window(year + "-6T", PeriodKind.HALF_YEAR, year, 1, 6));
        all.add(window(year + "-9T", PeriodKind.NINE_MONTHS, year, 1, 9));
        all.add(window(year + "-NAM", PeriodKind.YEAR, year, 1, 12));
        return all;
    }

    /** The deadline for a window whose data are cut off on {@code cutoff}. */
    public Instant deadlineAfter(LocalDate cutoff) {
        return calendar.workingDaysAfter(cutoff, workingDaysAfterCutoff).atTime(dueTime).atZone(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    private PeriodWindow window(String code, PeriodKind kind, int year, int firstMonth, int lastMonth) {
        LocalDate from = LocalDate.of(year, firstMonth, 15).minusMonths(1);
        LocalDate to = LocalDate.of(year, lastMonth, 14);
        return new PeriodWindow(code, kind, from, to, deadlineAfter(to));
    }
}
