package vn.reform.aggregation.config;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every topic this service reads or writes with the contract's sizes and cleanup policies. The broker
 * never auto-creates topics; declaring them here too means the service starts even before the producer does.
 */
@Configuration
public class KafkaTopicsConfig {

    @Bean
    KafkaAdmin.NewTopics aggregationTopics(TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                compacted(topics.agencies(), topics.agenciesPartitions(), topics.replicas()),
                compacted(topics.templates(), topics.templatesPartitions(), topics.replicas()),
                compacted(topics.rounds(), topics.roundsPartitions(), topics.replicas()),
                kept(topics.reports(), topics.reportsPartitions(), topics.replicas(), "-1"),
                kept(topics.deadLetter(), topics.deadLetterPartitions(), topics.replicas(), "-1"));
    }

    private static NewTopic compacted(String name, int partitions, int replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                .build();
    }

    private static NewTopic kept(String name, int partitions, int replicas, String retentionMs) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, retentionMs))
                .build();
    }
}
