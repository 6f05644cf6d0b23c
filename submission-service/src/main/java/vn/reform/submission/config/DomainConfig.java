package vn.reform.submission.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.period.WorkingDayCalendar;

/** The clock and the Decree 09/2019 period generator with the configured calendar. */
@Configuration(proxyBeanMethods = false)
public class DomainConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PeriodGenerator periodGenerator(CalendarProperties calendar) {
        return new PeriodGenerator(new WorkingDayCalendar(calendar.holidays()), calendar.workingDaysAfterCutoff(),
                calendar.dueTime(), calendar.zone());
    }
}
