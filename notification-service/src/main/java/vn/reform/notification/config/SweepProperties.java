package vn.reform.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder sweep: how often it runs on its own, how long one sweep holds the sweep lease (renewed before each
 * mail), how long one delivery holds its claim on the reminders of one mail (longer than the slowest SMTP
 * session: connecting with its retries, then the transfer; a crashed delivery's claim expires after it), and
 * the name this instance uses as lease owner (defaults to a random one per start).
 */
@ConfigurationProperties("notification.sweep")
public record SweepProperties(
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("PT1M") Duration interval,
        @DefaultValue("PT5M") Duration leaseDuration,
        @DefaultValue("PT2M") Duration claimDuration,
        String instanceId) {
}
