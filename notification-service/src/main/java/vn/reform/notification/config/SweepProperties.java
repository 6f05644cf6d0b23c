package vn.reform.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder sweep: how often it runs on its own, how long one instance holds the sweep lease, and the
 * name this instance uses as lease owner (defaults to a random one per start).
 */
@ConfigurationProperties("notification.sweep")
public record SweepProperties(
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("PT1M") Duration interval,
        @DefaultValue("PT5M") Duration leaseDuration,
        String instanceId) {
}
