package vn.reform.aggregation.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Kafka topic names and sizes (contracts §1); partition counts and replicas come from the environment. */
@ConfigurationProperties("reform.topics")
public record TopicsProperties(
        int replicas,
        String agencies, int agenciesPartitions,
        String templates, int templatesPartitions,
        String rounds, int roundsPartitions,
        String reports, int reportsPartitions,
        String deadLetter, int deadLetterPartitions) {
}
