package vn.reform.submission.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import vn.reform.submission.messaging.Topics;

/** The topics this service produces, created at start (the broker never auto-creates): contracts §1. */
@Configuration(proxyBeanMethods = false)
public class KafkaTopicsConfig {

    @Bean
    KafkaAdmin.NewTopics reformTopics(TopicProperties topics) {
        return new KafkaAdmin.NewTopics(
                compacted(Topics.AGENCIES, topics.agencyPartitions(), topics),
                compacted(Topics.TEMPLATES, topics.templatePartitions(), topics),
                compacted(Topics.ROUNDS, topics.roundPartitions(), topics),
                replicated(TopicBuilder.name(Topics.REPORTS).partitions(topics.reportPartitions()), topics)
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                        .build());
    }

    private static NewTopic compacted(String name, int partitions, TopicProperties topics) {
        return replicated(TopicBuilder.name(name).partitions(partitions), topics).compact().build();
    }

    private static TopicBuilder replicated(TopicBuilder builder, TopicProperties topics) {
        builder.replicas(topics.replicas());
        if (topics.replicas() >= 3) {
            builder.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
        }
        return builder;
    }
}
