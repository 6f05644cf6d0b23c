package vn.reform.gateway.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottleTest {

    private final SignInThrottle throttle =
            new SignInThrottle(5, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofMinutes(15));

    @Test
    void theDelayDoublesWithEachFailureUpToTheCap() {
        assertThat(throttle.delayAfter(0)).isZero();
        assertThat(throttle.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(throttle.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delayAfter(60)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theMaxFailuresthLocks() {
        assertThat(throttle.locksAfter(4)).isFalse();
        assertThat(throttle.locksAfter(5)).isTrue();
        assertThatThrownBy(() -> new SignInThrottle(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
