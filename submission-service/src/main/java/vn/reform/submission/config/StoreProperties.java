package vn.reform.submission.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a request waits for the store before it is answered 503 (with Retry-After) instead of hanging. */
@ConfigurationProperties("reform.store")
public record StoreProperties(
        @DefaultValue("3s") Duration serverSelectionTimeout,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("5") int retryAfterSeconds) {
}
