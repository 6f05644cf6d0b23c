package vn.reform.notification.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service reads, and its dead-letter topic, created if missing (the broker never auto-creates);
 * what becomes of a record that fails is in {@link EventErrorHandlingConfig}.
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
}
