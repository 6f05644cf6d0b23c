package vn.reform.notification.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

import vn.reform.notification.messaging.EventFailure;

class EventRetryPropertiesTest {

    private final EventRetryProperties retry = new EventRetryProperties(3, Duration.ofMillis(500),
            Duration.ofMillis(500), Duration.ofSeconds(5));

    @Test
    void aMalformedEventIsNotRetried() {
        assertThat(retry.backOff(EventFailure.MALFORMED).start().nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void anUnexpectedFailureIsDeliveredThreeTimesInAll() {
        BackOffExecution execution = retry.backOff(EventFailure.UNEXPECTED).start();
        assertThat(LongStream.generate(execution::nextBackOff).limit(3).toArray())
                .containsExactly(500, 500, BackOffExecution.STOP);
    }

    @Test
    void whileTheStoreIsUnavailableTheEventIsRetriedWithoutEndAtMostAFewSecondsApart() {
        BackOffExecution execution = retry.backOff(EventFailure.STORE_UNAVAILABLE).start();
        long[] pauses = LongStream.generate(execution::nextBackOff).limit(100_000).toArray();
        assertThat(pauses).startsWith(500, 1000, 2000, 4000, 5000).doesNotContain(BackOffExecution.STOP);
        assertThat(LongStream.of(pauses).max()).hasValue(5000);
    }
}
