package vn.reform.notification.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.reform.notification.domain.ReminderLadder;
import vn.reform.notification.domain.ReminderPlanner;
import vn.reform.notification.domain.WorkingCalendar;

/** The clock (replaced by a movable one in tests) and the reminder rules built from configuration. */
@Configuration
@EnableScheduling
public class ReminderRulesConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties p) {
        return new WorkingCalendar(p.zone(), p.holidays(), p.quietFrom(), p.quietUntil());
    }

    @Bean
    ReminderPlanner reminderPlanner(WorkingCalendar calendar) {
        return new ReminderPlanner(new ReminderLadder(calendar));
    }
}
