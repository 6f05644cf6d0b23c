package vn.reform.submission.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventType;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.support.CountedStore;

/**
 * A report's tail whose events this instance read or stored last is not read again: one query for two ids, asking
 * for their event ids only, checks that its last event is still stored and nothing followed it. Anything else (an
 * event stored by another instance, a sequence taken under it) sends the next read to the store.
 */
class KeptTailTest {

    private final CountedStore counted = new CountedStore("kept_tail_test");
    private final ReportEventStore events = new ReportEventStore(counted.template());
    private final ReportEventStore otherInstance = new ReportEventStore(counted.template());
    private final ReportKey key = new ReportKey("R-KEPT-" + UUID.randomUUID(), "SNV");

    @AfterEach
    void closeStore() {
        counted.close();
    }

    @Test
    void aTailThisInstanceExtendedIsOnlyChecked() {
        store(events, 1, ReportEventType.SUBMITTED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(1L);
        store(events, 2, ReportEventType.RETURNED);
        ReportEvent resubmitted = store(events, 3, ReportEventType.SUBMITTED);
        ReportEvent returnedAgain = store(events, 4, ReportEventType.RETURNED);
        counted.takeFinds();

        List<ReportEvent> tail = events.tail(key);

        assertThat(tail).extracting(ReportEvent::sequence).containsExactly(3L, 4L);
        assertThat(tail.get(0)).isSameAs(resubmitted);
        assertThat(tail.get(1)).isSameAs(returnedAgain);
        List<BsonDocument> finds = counted.takeFinds();
        assertThat(finds).hasSize(1);
        assertThat(finds.get(0).getDocument("projection").keySet()).containsExactly("eventId");
    }

    @Test
    void anEventAnotherInstanceStoredAfterTheKeptTailIsRead() {
        store(events, 1, ReportEventType.SUBMITTED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(1L);
        store(events, 2, ReportEventType.RETURNED);
        store(otherInstance, 3, ReportEventType.REOPENED);

        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aKeptTailWhoseLastEventWasReplacedIsReadAgain() {
        store(events, 1, ReportEventType.SUBMITTED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(1L);
        ReportEvent kept = store(events, 2, ReportEventType.SUBMITTED);
        counted.template().getCollection(ReportEventStore.COLLECTION)
                .deleteOne(new org.bson.Document("_id", ReportEventStore.id(key, 2)));
        ReportEvent replacement = store(otherInstance, 2, ReportEventType.SUBMITTED);

        List<ReportEvent> tail = events.tail(key);

        assertThat(tail).extracting(ReportEvent::eventId).containsExactly(replacement.eventId());
        assertThat(replacement.eventId()).isNotEqualTo(kept.eventId());
    }

    @Test
    void aSequenceTakenUnderTheKeptTailSendsTheNextReadToTheStore() {
        store(events, 1, ReportEventType.SUBMITTED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(1L);
        ReportEvent theirs = store(otherInstance, 2, ReportEventType.SUBMITTED);

        assertThatThrownBy(() -> store(events, 2, ReportEventType.RETURNED))
                .isInstanceOf(DuplicateReportEventException.class);
        counted.takeFinds();

        assertThat(events.tail(key)).extracting(ReportEvent::eventId).containsExactly(theirs.eventId());
        assertThat(counted.takeFinds()).allSatisfy(find -> assertThat(find.containsKey("projection")).isFalse());
    }

    private ReportEvent store(ReportEventStore store, long sequence, ReportEventType type) {
        Instant now = Instant.now();
        ReportEvent event = new ReportEvent(key, sequence, type, UUID.randomUUID().toString(), now, "snv",
                type == ReportEventType.REOPENED ? null : 1, Map.of("sequence", sequence), List.of(), null, null, true);
        store.insert(event);
        return event;
    }
}
