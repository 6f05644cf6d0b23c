package vn.reform.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.reform.notification.support.MutableClock.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.notification.domain.ReportStatus;
import vn.reform.notification.support.ContractEvents;
import vn.reform.notification.support.IntegrationTest;

/** The sample events of deploy/contracts, and variations, through the real broker into this service's view. */
class ContractEventsConsumptionTest extends IntegrationTest {

    @Test
    void theSampleEventsBuildTheViewAndAReopenedReportIsRemindedAgainstItsNewDeadline() {
        events.publishSample(ContractEvents.AGENCIES, "agency-changed-sngv-v1.json");
        events.publishSample(ContractEvents.ROUNDS, "round-changed-2023-par-adhoc-v1.json");
        for (String sample : List.of("report-submitted-sngv-v1.json", "report-returned-sngv-v1.json",
                "report-accepted-sngv-v1.json", "report-reopened-sngv-v1.json")) {
            events.publishSample(ContractEvents.REPORTS, sample);
        }
        awaitAgency("SNGV");
        awaitRound("2023-PAR-ADHOC");
        awaitReportSequence("2023-PAR-ADHOC", "SNGV", 4);

        assertThat(catalogue.agency("SNGV").orElseThrow()).satisfies(a -> {
            assertThat(a.name()).isEqualTo("Sở Ngoại vụ");
            assertThat(a.focalPointEmail()).isEqualTo("vanphong.sngv@demo.dongnai.gov.vn");
            assertThat(a.headEmail()).isEqualTo("giamdoc.sngv@demo.dongnai.gov.vn");
        });
        assertThat(catalogue.round("2023-PAR-ADHOC").orElseThrow()).satisfies(r -> {
            assertThat(r.open()).isFalse();
            assertThat(r.expectedAgencies()).containsExactly("SNGV", "STP", "STC");
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2023-09-06T10:00:00Z"));
        });
        assertThat(reportStates.find("2023-PAR-ADHOC", "SNGV").orElseThrow()).satisfies(s -> {
            assertThat(s.status()).isEqualTo(ReportStatus.REOPENED);
            assertThat(s.dueAt()).isEqualTo(Instant.parse("2023-09-25T10:00:00Z"));
        });

        // Friday 22/9/2023 is three days before the reopened deadline; the locked round reminds nobody else
        sweepAt(local(LocalDate.of(2023, 9, 22), "09:00"));
        assertThat(mailsByRecipient()).containsOnlyKeys("vanphong.sngv@demo.dongnai.gov.vn");
    }

    @Test
    void aReplayedOrOlderReportEventChangesNothing() {
        Instant now = Instant.parse("2026-12-01T02:00:00Z");
        assertThat(reportStates.apply("SEQ-1", "A", ReportStatus.SUBMITTED, null, 3, "e3", now)).isTrue();
        assertThat(reportStates.apply("SEQ-1", "A", ReportStatus.RETURNED, now, 2, "e2", now)).isFalse();
        assertThat(reportStates.apply("SEQ-1", "A", ReportStatus.SUBMITTED, null, 3, "e3", now)).isFalse();
        assertThat(reportStates.find("SEQ-1", "A").orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reportStates.apply("SEQ-1", "A", ReportStatus.ACCEPTED, null, 4, "e4", now)).isTrue();
        assertThat(reportStates.find("SEQ-1", "A").orElseThrow().status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void anOlderEventThroughKafkaDoesNotUndoASubmission() {
        agencies("ORD1");
        events.round("ORD-2026", "Báo cáo quý IV", local(LocalDate.of(2026, 12, 18), "17:00"), List.of("ORD1"), "OPEN");
        awaitRound("ORD-2026");
        events.returned("ORD-2026", "ORD1", 2, local(LocalDate.of(2026, 12, 28), "17:00"));
        events.submitted("ORD-2026", "ORD1", 3);
        RecordMetadata stale = events.returned("ORD-2026", "ORD1", 2, local(LocalDate.of(2026, 12, 28), "17:00"));
        awaitConsumed(stale);

        assertThat(reportStates.find("ORD-2026", "ORD1").orElseThrow()).satisfies(s -> {
            assertThat(s.status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(s.sequence()).isEqualTo(3);
        });
        sweepAt(local(LocalDate.of(2026, 12, 29), "09:00"));
        assertThat(mails()).isEmpty();
    }

    /** Waits until the service's consumer group has committed past the record. */
    private static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedTestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(EVENT_WAIT).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("notification-service")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    @Test
    void aNewerVersionOfAKnownEventGoesToTheDeadLetterTopicUnchangedAndUnknownTypesAreSkipped() throws Exception {
        String key = "DLT-" + UUID.randomUUID() + "|DLT1";
        ObjectNode unknownType = ContractEvents.report("report-submitted-sngv-v1.json", "DLT-X", "DLT1", 1, null);
        unknownType.put("type", "ReportCommented").put("key", key);
        events.publish(ContractEvents.REPORTS, unknownType);
        ObjectNode newer = ContractEvents.report("report-submitted-sngv-v1.json", "DLT-X", "DLT1", 2, null);
        newer.put("version", 2).put("key", key);
        events.publish(ContractEvents.REPORTS, newer);
        events.submitted("DLT-OK", "DLT1", 1);

        awaitReportSequence("DLT-OK", "DLT1", 1);
        ConsumerRecord<String, String> dead = deadLetter(key);
        assertThat(dead.value()).contains("\"version\":2").contains("\"sequence\":2");
        assertThat(new String(dead.headers().lastHeader("x-exception").value(), StandardCharsets.UTF_8))
                .contains("version 2");
        assertThat(dead.headers().lastHeader("x-original-offset")).isNotNull();
        assertThat(reportStates.find("DLT-X", "DLT1")).isEmpty();
    }

    private static ConsumerRecord<String, String> deadLetter(String key) {
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of("reform.reports.notification-dlt"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.set(r);
                    }
                });
                return found.get() != null;
            });
        }
        return found.get();
    }
}
