package vn.reform.notification.config;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import vn.reform.notification.messaging.UnsupportedEventException;

/**
 * The topics this service reads (created if missing: the broker never auto-creates), and the error handling:
 * a record that cannot be applied goes, unchanged, to {@code reform.reports.notification-dlt} with the headers
 * {@code x-exception} and {@code x-original-offset} (deploy/contracts §1); a record that fails because MongoDB is
 * unreachable is retried with backoff until it can be applied.
 */
@Configuration
public class KafkaTopicsConfig {

    @Bean
    NewTopic agenciesTopic(TopicProperties t) {
        return TopicBuilder.name(t.agencies()).partitions(t.agenciesPartitions()).replicas(t.replicas()).compact().build();
    }

    @Bean
    NewTopic roundsTopic(TopicProperties t) {
        return TopicBuilder.name(t.rounds()).partitions(t.roundsPartitions()).replicas(t.replicas()).compact().build();
    }

    @Bean
    NewTopic reportsTopic(TopicProperties t) {
        return TopicBuilder.name(t.reports()).partitions(t.reportsPartitions()).replicas(t.replicas())
                .config("retention.ms", "-1").build();
    }

    @Bean
    NewTopic deadLetterTopic(TopicProperties t) {
        return TopicBuilder.name(t.deadLetter()).partitions(t.deadLetterPartitions()).replicas(t.replicas()).build();
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka, TopicProperties t) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(t.deadLetter(), -1));
        recoverer.setHeadersFunction((record, e) -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            return new RecordHeaders()
                    .add(new RecordHeader("x-exception", String.valueOf(cause.getMessage()).getBytes(StandardCharsets.UTF_8)))
                    .add(new RecordHeader("x-original-offset",
                            String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8)));
        });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
        handler.addNotRetryableExceptions(UnsupportedEventException.class);
        handler.setBackOffFunction((record, e) -> StoreOutage.isCause(e) ? untilTheStoreIsBack() : null);
        return handler;
    }

    private static ExponentialBackOff untilTheStoreIsBack() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }
}
