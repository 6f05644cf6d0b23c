package vn.reform.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Partitions and replication of the topics this service produces (contracts §1; local defaults). */
@ConfigurationProperties("reform.topics")
public record TopicProperties(
        @DefaultValue("1") short replicas,
        @DefaultValue("3") int agencyPartitions,
        @DefaultValue("1") int templatePartitions,
        @DefaultValue("3") int roundPartitions,
        @DefaultValue("6") int reportPartitions) {
}
