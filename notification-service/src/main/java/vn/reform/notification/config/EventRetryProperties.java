package vn.reform.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import vn.reform.notification.messaging.EventFailure;

/**
 * What becomes of a consumed event whose handling failed, by {@link EventFailure}: a malformed one is not retried;
 * an unexpected failure is delivered {@code attempts} times in all, {@code interval} apart, before the dead-letter
 * topic; while the store is unavailable the event is retried without end, the pause doubling from
 * {@code storeRetryFirst} up to {@code storeRetryLongest}.
 */
@ConfigurationProperties("notification.events")
public record EventRetryProperties(
        @DefaultValue("3") int attempts,
        @DefaultValue("500ms") Duration interval,
        @DefaultValue("500ms") Duration storeRetryFirst,
        @DefaultValue("5s") Duration storeRetryLongest) {

    public BackOff backOff(EventFailure failure) {
        return switch (failure) {
            case MALFORMED -> new FixedBackOff(0, 0);
            case UNEXPECTED -> new FixedBackOff(interval.toMillis(), Math.max(0, attempts - 1));
            case STORE_UNAVAILABLE -> untilTheStoreAnswers();
        };
    }

    private BackOff untilTheStoreAnswers() {
        ExponentialBackOff backOff = new ExponentialBackOff(Math.max(1, storeRetryFirst.toMillis()), 2);
        backOff.setMaxInterval(Math.max(backOff.getInitialInterval(), storeRetryLongest.toMillis()));
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }
}
