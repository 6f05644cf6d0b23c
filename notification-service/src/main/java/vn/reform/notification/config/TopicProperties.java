package vn.reform.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Kafka topics of deploy/contracts §1, with their local partition counts. */
@ConfigurationProperties("notification.topics")
public record TopicProperties(
        @DefaultValue("reform.catalogue.agencies") String agencies,
        @DefaultValue("3") int agencyPartitions,
        @DefaultValue("reform.catalogue.rounds") String rounds,
        @DefaultValue("3") int roundPartitions,
        @DefaultValue("reform.reports") String reports,
        @DefaultValue("6") int reportPartitions,
        @DefaultValue("reform.reports.notification-dlt") String deadLetter,
        @DefaultValue("1") int deadLetterPartitions,
        @DefaultValue("1") short replicas) {
}
