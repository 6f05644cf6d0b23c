package vn.reform.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.reform.gateway.domain.SignInThrottle;

/** Failed sign-ins: a delay that doubles from {@code baseDelay} up to {@code maxDelay}, then a lock. */
@ConfigurationProperties("reform.sign-in")
public record SignInProperties(int maxFailures, Duration baseDelay, Duration maxDelay, Duration lockDuration) {

    public SignInThrottle throttle() {
        return new SignInThrottle(maxFailures, baseDelay, maxDelay, lockDuration);
    }
}
