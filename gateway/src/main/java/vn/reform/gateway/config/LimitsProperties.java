package vn.reform.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Per-user request rate (token bucket) and the largest request body accepted. */
@ConfigurationProperties("reform.limits")
public record LimitsProperties(long ratePerSecond, long rateBurst, DataSize maxRequestSize) {
}
