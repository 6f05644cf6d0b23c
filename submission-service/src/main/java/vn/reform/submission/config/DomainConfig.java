package vn.reform.submission.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.period.WorkingDayCalendar;

/**
 * The clock and the Decree 09/2019 period generator with the configured calendar. The clock ticks in whole
 * milliseconds: every instant the service records (a version's {@code submittedAt}, an event's time) is what MongoDB
 * keeps of a date, and the nanoseconds of the system clock (nine random digits in each of a round's 10,000 rows) were
 * a sixth of the gzipped rollup that every reader downloads.
 */
@Configuration(proxyBeanMethods = false)
public class DomainConfig {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    PeriodGenerator periodGenerator(CalendarProperties calendar) {
        return new PeriodGenerator(new WorkingDayCalendar(calendar.holidays()), calendar.workingDaysAfterCutoff(),
                calendar.dueTime(), calendar.zone());
    }
}
