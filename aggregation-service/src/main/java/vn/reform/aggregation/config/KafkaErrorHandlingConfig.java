package vn.reform.aggregation.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import vn.reform.aggregation.messaging.FailureKind;

/**
 * What happens to a record whose handler failed, by {@link FailureKind}: a malformed record goes at once, and one
 * that failed unexpectedly after a bounded number of retries, to the dead-letter topic unchanged, with headers
 * {@code x-exception} and {@code x-original-offset} (contracts §1), and only then is its offset committed so that
 * its partition moves on. A record that failed because the store was unreachable is retried with a growing pause
 * (capped) until the store answers: it is never dead-lettered nor acknowledged, so an accepted report waits for
 * the store instead of missing the rollup.
 */
@Configuration
public class KafkaErrorHandlingConfig {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, TopicsProperties topics,
                                          AggregationProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(topics.deadLetter(), -1));
        recoverer.setHeadersFunction((record, ex) -> {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            String description = cause.getClass().getName() + ": " + cause.getMessage();
            return new RecordHeaders(new RecordHeader[] {
                    new RecordHeader("x-exception", description.getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("x-original-offset",
                            Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("x-original-topic", record.topic().getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("x-original-partition",
                            Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8))});
        });
        BackOff bounded = new FixedBackOff(properties.retryBackoff().toMillis(),
                Math.max(0, properties.retryAttempts() - 1));
        BackOff untilTheStoreAnswers = untilSuccess(properties.retryBackoff(), properties.transientRetryMaxBackoff());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, bounded);
        handler.setBackOffFunction((record, ex) -> switch (FailureKind.of(ex)) {
            case MALFORMED -> new FixedBackOff(0, 0);
            case TRANSIENT -> untilTheStoreAnswers;
            case UNEXPECTED -> bounded;
        });
        handler.setResetStateOnExceptionChange(true);
        handler.setCommitRecovered(true);
        return handler;
    }

    static BackOff untilSuccess(Duration first, Duration longest) {
        ExponentialBackOff backOff = new ExponentialBackOff(Math.max(1, first.toMillis()), 2.0);
        backOff.setMaxInterval(Math.max(backOff.getInitialInterval(), longest.toMillis()));
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }
}
