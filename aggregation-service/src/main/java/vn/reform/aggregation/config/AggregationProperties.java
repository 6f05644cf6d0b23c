package vn.reform.aggregation.config;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the aggregation: consumer threads; for a record that fails unexpectedly, the retries before the
 * dead-letter topic; for one that fails because the store is unreachable, the longest pause between its endless
 * retries; the factor beyond which a value is flagged as an outlier against the same agency's previous round; how
 * long a reader is asked to wait (Retry-After) while the store is away.
 */
@ConfigurationProperties("reform.aggregation")
public record AggregationProperties(int consumerConcurrency, int retryAttempts, Duration retryBackoff,
                                    Duration transientRetryMaxBackoff,
                                    BigDecimal outlierFactor, int rollupShards,
                                    Duration readCacheMaxStaleness, Duration catalogueCacheTtl,
                                    Duration storeRetryAfter) {
}
