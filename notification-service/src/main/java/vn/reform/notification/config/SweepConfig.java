package vn.reform.notification.config;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.reform.notification.domain.WorkingCalendar;
import vn.reform.notification.domain.sweep.ReminderDelivery;
import vn.reform.notification.domain.sweep.ReminderRecorder;
import vn.reform.notification.domain.sweep.ReminderSweeper;
import vn.reform.notification.persistence.SweepLease;

/** This instance's sweeper, with its own lease-owner name. */
@Configuration
public class SweepConfig {

    @Bean
    ReminderSweeper reminderSweeper(SweepProperties properties, SweepLease lease, ReminderRecorder recorder,
                                    ReminderDelivery delivery, WorkingCalendar calendar, Clock clock) {
        String owner = properties.instanceId() == null || properties.instanceId().isBlank()
                ? "notification-" + UUID.randomUUID() : properties.instanceId();
        return new ReminderSweeper(owner, properties.leaseDuration(), lease, recorder, delivery, calendar, clock);
    }
}
