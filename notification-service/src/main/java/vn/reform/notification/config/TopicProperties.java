package vn.reform.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Kafka topics of deploy/contracts §1, with their partition counts (local defaults; the deployment sets its own). */
@ConfigurationProperties("notification.topics")
public record TopicProperties(
        @DefaultValue("reform.catalogue.agencies") String agencies,
        @DefaultValue("3") int agenciesPartitions,
        @DefaultValue("reform.catalogue.rounds") String rounds,
        @DefaultValue("3") int roundsPartitions,
        @DefaultValue("reform.reports") String reports,
        @DefaultValue("6") int reportsPartitions,
        @DefaultValue("reform.reports.notification-dlt") String deadLetter,
        @DefaultValue("1") int deadLetterPartitions,
        @DefaultValue("1") short replicas) {
}
