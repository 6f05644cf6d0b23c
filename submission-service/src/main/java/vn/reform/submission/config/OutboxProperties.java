package vn.reform.submission.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay publishes pending events: batch size, safety sweep interval (also the longest idle wait; the
 * relay sweeps at start-up and after a write whose outcome is unknown anyway), retry backoff, send timeout.
 */
@ConfigurationProperties("reform.outbox")
public record OutboxProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("10m") Duration sweepInterval,
        @DefaultValue("200ms") Duration backoffInitial,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("10s") Duration backoffMax,
        @DefaultValue("20s") Duration sendTimeout,
        @DefaultValue("true") boolean enabled) {
}
