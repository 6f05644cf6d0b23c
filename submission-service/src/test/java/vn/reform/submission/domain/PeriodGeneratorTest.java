package vn.reform.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.period.PeriodWindow;
import vn.reform.submission.domain.period.WorkingDayCalendar;

class PeriodGeneratorTest {

    /** Tết 2026 (14-22/2), Hùng Kings (26-27/4), 30/4, 1/5 — as configured in application.yml. */
    private static final List<LocalDate> HOLIDAYS = List.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21),
            LocalDate.of(2026, 2, 22), LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 1));

    private final PeriodGenerator generator = new PeriodGenerator(new WorkingDayCalendar(HOLIDAYS), 2,
            LocalTime.of(17, 0), ZoneId.of("Asia/Ho_Chi_Minh"));

    private Map<String, PeriodWindow> windows2026() {
        return generator.windows(2026).stream().collect(Collectors.toMap(PeriodWindow::code, Function.identity()));
    }

    @Test
    void givesTheDecree09WindowsOfTheYear() {
        Map<String, PeriodWindow> windows = windows2026();
        assertThat(windows).hasSize(12 + 4 + 3);
        assertWindow(windows.get("2026-T01"), PeriodKind.MONTH, "2025-12-15", "2026-01-14");
        assertWindow(windows.get("2026-T07"), PeriodKind.MONTH, "2026-06-15", "2026-07-14");
        assertWindow(windows.get("2026-Q1"), PeriodKind.QUARTER, "2025-12-15", "2026-03-14");
        assertWindow(windows.get("2026-Q2"), PeriodKind.QUARTER, "2026-03-15", "2026-06-14");
        assertWindow(windows.get("2026-Q3"), PeriodKind.QUARTER, "2026-06-15", "2026-09-14");
        assertWindow(windows.get("2026-Q4"), PeriodKind.QUARTER, "2026-09-15", "2026-12-14");
        assertWindow(windows.get("2026-6T"), PeriodKind.HALF_YEAR, "2025-12-15", "2026-06-14");
        assertWindow(windows.get("2026-9T"), PeriodKind.NINE_MONTHS, "2025-12-15", "2026-09-14");
        assertWindow(windows.get("2026-NAM"), PeriodKind.YEAR, "2025-12-15", "2026-12-14");
    }

    @Test
    void aDeadlineOnWorkingDaysIsTwoWorkingDaysAfterTheCutOffAt17hLocalTime() {
        // Q4 2026: cut-off Monday 14/12 → Wednesday 16/12, 17:00 in Hanoi = 10:00 UTC
        assertThat(windows2026().get("2026-Q4").dueAt()).isEqualTo(Instant.parse("2026-12-16T10:00:00Z"));
    }

    @Test
    void aDeadlineThatWouldFallOnAWeekendMovesToWorkingDays() {
        // Q1 2026: cut-off Saturday 14/3; two calendar days later is Monday, but Sunday does not count: Tuesday 17/3
        assertThat(windows2026().get("2026-Q1").dueAt()).isEqualTo(Instant.parse("2026-03-17T10:00:00Z"));
        // Q2 2026: cut-off Sunday 14/6 → Tuesday 16/6 (Monday is the first working day)
        assertThat(windows2026().get("2026-Q2").dueAt()).isEqualTo(Instant.parse("2026-06-16T10:00:00Z"));
    }

    @Test
    void aDeadlineThatWouldFallOnPublicHolidaysSkipsThem() {
        // February 2026: cut-off Saturday 14/2, then Tết until Sunday 22/2 → Monday 23 and Tuesday 24/2
        assertThat(windows2026().get("2026-T02").dueAt()).isEqualTo(Instant.parse("2026-02-24T10:00:00Z"));
        // a cut-off on Wednesday 29/4/2026: 30/4 and 1/5 are holidays, then the weekend → Monday 4 and Tuesday 5/5
        assertThat(generator.deadlineAfter(LocalDate.of(2026, 4, 29))).isEqualTo(Instant.parse("2026-05-05T10:00:00Z"));
    }

    @Test
    void theWorkingDayCalendarCountsOnlyWorkingDays() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(HOLIDAYS);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 14), 0)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 23), 0)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    private static void assertWindow(PeriodWindow window, PeriodKind kind, String from, String to) {
        assertThat(window.kind()).isEqualTo(kind);
        assertThat(window.dataFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(window.dataTo()).isEqualTo(LocalDate.parse(to));
    }
}
