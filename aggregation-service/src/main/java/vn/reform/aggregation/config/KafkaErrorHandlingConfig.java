package vn.reform.aggregation.config;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import vn.reform.aggregation.messaging.MalformedEventException;

/**
 * A record that fails is retried a bounded number of times with a back-off, then published unchanged to the
 * dead-letter topic with headers {@code x-exception} and {@code x-original-offset} (contracts §1) and its offset
 * committed, so its partition moves on. Malformed records skip the retries.
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
        long retries = Math.max(0, properties.retryAttempts() - 1);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryBackoff().toMillis(), retries));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setCommitRecovered(true);
        return handler;
    }
}
