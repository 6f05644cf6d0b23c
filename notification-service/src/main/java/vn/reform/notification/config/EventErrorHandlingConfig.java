package vn.reform.notification.config;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

import vn.reform.notification.messaging.EventFailure;

/**
 * What becomes of a consumed record whose handling failed, by {@link EventFailure} (pauses and counts in
 * {@link EventRetryProperties}). A malformed record goes at once, and one that failed unexpectedly after a few
 * retries, unchanged to {@code reform.reports.notification-dlt} with the headers {@code x-exception} and
 * {@code x-original-offset} (deploy/contracts §1); only then is its offset committed. A record that failed because
 * MongoDB was unavailable is retried until the store takes it: never dead-lettered, never acknowledged before, so
 * that a report submitted during an outage still stops its agency's reminders.
 */
@Configuration
public class EventErrorHandlingConfig {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka, TopicProperties topics,
                                          EventRetryProperties retry) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetterPublisher(kafka, topics),
                retry.backOff(EventFailure.UNEXPECTED));
        handler.setBackOffFunction((record, failure) -> retry.backOff(EventFailure.of(failure)));
        return handler;
    }

    private static DeadLetterPublishingRecoverer deadLetterPublisher(KafkaOperations<Object, Object> kafka,
                                                                     TopicProperties topics) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(topics.deadLetter(), -1));
        recoverer.setHeadersFunction((record, e) -> new RecordHeaders()
                .add(header("x-exception", NestedExceptionUtils.getMostSpecificCause(e).getMessage()))
                .add(header("x-original-offset", record.offset())));
        return recoverer;
    }

    private static RecordHeader header(String name, Object value) {
        return new RecordHeader(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
