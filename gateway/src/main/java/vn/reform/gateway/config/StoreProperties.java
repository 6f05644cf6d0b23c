package vn.reform.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long a request waits for the user store before it is answered 503 (the store restarting, unreachable). */
@ConfigurationProperties("reform.store")
public record StoreProperties(Duration serverSelectionTimeout, Duration connectTimeout) {
}
