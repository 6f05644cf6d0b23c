package vn.reform.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Circuit breaker and time limiter applied to each backend service (one breaker per service). */
@ConfigurationProperties("reform.resilience")
public record ResilienceProperties(
        Duration timeout, float failureRateThreshold, int minimumCalls, Duration openDuration, Duration retryAfter) {
}
