package vn.reform.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Circuit breaker, time limiter and bulkhead applied to each backend service (one of each per service): at most
 * {@code maxConcurrentCalls} requests in flight to one service; beyond that a request is answered 503 at once, and
 * such refusals are load, not failures of the service, so they never open its breaker.
 */
@ConfigurationProperties("reform.resilience")
public record ResilienceProperties(
        Duration timeout, float failureRateThreshold, int minimumCalls, Duration openDuration, Duration retryAfter,
        int maxConcurrentCalls) {
}
