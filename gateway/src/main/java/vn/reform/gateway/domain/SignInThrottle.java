package vn.reform.gateway.domain;

import java.time.Duration;

/**
 * The rule for failed sign-ins of one username: each failure delays the answer twice as long as the one before
 * (from {@code baseDelay}, capped at {@code maxDelay}); the {@code maxFailures}-th failure in a row locks the
 * username for {@code lockDuration}.
 */
public record SignInThrottle(int maxFailures, Duration baseDelay, Duration maxDelay, Duration lockDuration) {

    public SignInThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }

    /** How long to hold back the answer to the {@code failures}-th failure in a row. */
    public Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 20);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean locksAfter(int failures) {
        return failures >= maxFailures;
    }
}
