package vn.reform.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventType;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.domain.report.ReportPayloads;
import vn.reform.submission.persistence.ReportEventStore;
import vn.reform.submission.support.Contracts;
import vn.reform.submission.support.IntegrationTestBase;
import vn.reform.submission.support.TopicReader;

/**
 * Events stored but never handed to the relay (as after a crash between the insert and the publication) are found in
 * the store by the relay's recovery sweep — the same one it runs at start-up — and published once, in order.
 */
class OutboxRecoveryIntegrationTest extends IntegrationTestBase {

    @Autowired
    ReportEventStore events;

    @Autowired
    ReportEventOutbox outbox;

    @Test
    void eventsLeftUnpublishedInTheStoreArePublishedInSequenceOrder() {
        ReportKey key = reportOfItsOwn("REC");
        Instant now = Instant.now();
        // stored directly, without telling the relay: only the sweep can find them
        events.insert(new ReportEvent(key, 2, ReportEventType.ACCEPTED, UUID.randomUUID().toString(), now, "snv", 1,
                ReportPayloads.accepted(key, 1, 2, "snv", now), List.of(), null, null, false));
        events.insert(new ReportEvent(key, 1, ReportEventType.REOPENED, UUID.randomUUID().toString(), now, "snv", null,
                ReportPayloads.reopened(key, 1, "snv", now, now.plusSeconds(3600)), List.of(), null, null, false));

        await().atMost(Duration.ofSeconds(60)).until(() -> events.history(key).stream().allMatch(ReportEvent::published));
        List<ConsumerRecord<String, String>> published = TopicReader.readAll(SharedTestInfrastructure.kafkaBootstrapServers(),
                Topics.REPORTS).stream().filter(r -> r.key().equals(key.value())).toList();
        assertThat(published).extracting(r -> Contracts.parse(r.value()).get("type").stringValue())
                .containsExactly("ReportReopened", "ReportAccepted");
    }

    @Test
    void aWriteWhoseOutcomeIsUnknownAsksForASweepThatQueuesWhatTheStoreKept() {
        ReportKey key = reportOfItsOwn("UNK");
        Instant now = Instant.now();
        events.insert(new ReportEvent(key, 1, ReportEventType.REOPENED, UUID.randomUUID().toString(), now, "snv", null,
                ReportPayloads.reopened(key, 1, "snv", now, now.plusSeconds(3600)), List.of(), null, null, false));

        outbox.outcomeUnknown();

        assertThat(outbox.needsRecovery()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> events.history(key).stream().allMatch(ReportEvent::published));
        assertThat(outbox.needsRecovery()).isFalse();
    }

    @Test
    void aQueuedEventWaitsForItsUnqueuedPredecessorWhichGoesFirst() {
        ReportKey key = reportOfItsOwn("PRE");
        Instant now = Instant.now();
        events.insert(new ReportEvent(key, 1, ReportEventType.REOPENED, UUID.randomUUID().toString(), now, "snv", null,
                ReportPayloads.reopened(key, 1, "snv", now, now.plusSeconds(3600)), List.of(), null, null, false));
        events.insert(new ReportEvent(key, 2, ReportEventType.ACCEPTED, UUID.randomUUID().toString(), now, "snv", 1,
                ReportPayloads.accepted(key, 1, 2, "snv", now), List.of(), null, null, false));
        outbox.stored(events.history(key).get(1)); // only the second one is handed to the relay

        await().atMost(Duration.ofSeconds(60)).until(() -> events.history(key).stream().allMatch(ReportEvent::published));
        List<ConsumerRecord<String, String>> published = TopicReader.readAll(SharedTestInfrastructure.kafkaBootstrapServers(),
                Topics.REPORTS).stream().filter(r -> r.key().equals(key.value())).toList();
        assertThat(published).extracting(r -> Contracts.parse(r.value()).get("type").stringValue())
                .containsExactly("ReportReopened", "ReportAccepted");
    }

    /** A new agency and a new open round expecting it: the key of a report no other test touches. */
    private ReportKey reportOfItsOwn(String prefix) {
        String agency = uniqueCode(prefix);
        newAgency(agency);
        Round round = newOpenRound(uniqueCode("R-" + prefix + "-"), agency);
        return new ReportKey(round.code(), agency);
    }
}
