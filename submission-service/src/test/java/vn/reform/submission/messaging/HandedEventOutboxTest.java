package vn.reform.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventType;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.domain.report.ReportPayloads;
import vn.reform.submission.persistence.ReportEventStore;
import vn.reform.submission.support.CountedStore;

/**
 * The outbox sends an event handed over as stored without reading it back, and needs no read for a predecessor it
 * published itself; what it does not know (a predecessor published elsewhere, or never) it reads from the store,
 * and an unpublished predecessor still goes first. Against the real store (a database of its own, away from the
 * service's relay), counting the {@code find} commands the outbox sends.
 */
class HandedEventOutboxTest {

    private final CountedStore counted = new CountedStore("handed_outbox_test");
    private final ReportEventStore store = new ReportEventStore(counted.template());
    private final ReportKey key = new ReportKey("R-HANDED-" + UUID.randomUUID(), "AG-1");

    @AfterEach
    void closeStore() {
        counted.close();
    }

    @Test
    void handedEventsAndPredecessorsPublishedHereAreSentWithoutReadingTheStore() {
        ReportEventOutbox outbox = new ReportEventOutbox(store, Clock.systemUTC(), new OutboxWakeUp());
        ReportEvent first = stored(1);
        outbox.stored(first);
        counted.takeFinds();

        List<OutboxMessage> batch = outbox.pending(10);

        assertThat(batch).extracting(m -> m.envelope().eventId()).containsExactly(first.eventId());
        assertThat(counted.takeFinds()).isEmpty();
        outbox.publishedAll(batch);
        assertThat(store.history(key).get(0).published()).isTrue();

        ReportEvent second = stored(2);
        outbox.stored(second);
        counted.takeFinds();

        List<OutboxMessage> next = outbox.pending(10);

        assertThat(next).extracting(m -> m.envelope().eventId()).containsExactly(second.eventId());
        assertThat(next.get(0).envelope().type()).isEqualTo("ReportAccepted");
        assertThat(counted.takeFinds()).isEmpty();
    }

    @Test
    void aPredecessorNotPublishedHereIsReadAndAnUnpublishedOneGoesFirst() {
        ReportEventOutbox thisInstance = new ReportEventOutbox(store, Clock.systemUTC(), new OutboxWakeUp());
        ReportEvent first = stored(1); // stored by another instance, whose answer was lost: never handed here
        ReportEvent second = stored(2);
        thisInstance.stored(second);
        counted.takeFinds();

        assertThat(thisInstance.pending(10)).as("the predecessor is queued first, nothing sent yet").isEmpty();
        assertThat(counted.takeFinds()).hasSize(1);
        List<OutboxMessage> batch = thisInstance.pending(10);
        assertThat(batch).extracting(m -> m.envelope().eventId()).containsExactly(first.eventId());
        thisInstance.publishedAll(batch);

        assertThat(thisInstance.pending(10)).extracting(m -> m.envelope().eventId()).containsExactly(second.eventId());
    }

    @Test
    void aPredecessorPublishedByAnotherInstanceIsReadOnceAndItsSuccessorSent() {
        ReportEventOutbox other = new ReportEventOutbox(store, Clock.systemUTC(), new OutboxWakeUp());
        ReportEventOutbox thisInstance = new ReportEventOutbox(store, Clock.systemUTC(), new OutboxWakeUp());
        ReportEvent first = stored(1);
        other.stored(first);
        other.publishedAll(other.pending(10));
        ReportEvent second = stored(2);
        thisInstance.stored(second);
        counted.takeFinds();

        assertThat(thisInstance.pending(10)).extracting(m -> m.envelope().eventId()).containsExactly(second.eventId());
        assertThat(counted.takeFinds()).hasSize(1);
    }

    private ReportEvent stored(long sequence) {
        Instant now = Instant.now();
        ReportEvent event = sequence == 1
                ? new ReportEvent(key, 1, ReportEventType.REOPENED, UUID.randomUUID().toString(), now, "snv", null,
                        ReportPayloads.reopened(key, 1, "snv", now, now.plusSeconds(3600)), List.of(), null, null, false)
                : new ReportEvent(key, sequence, ReportEventType.ACCEPTED, UUID.randomUUID().toString(), now, "snv", 1,
                        ReportPayloads.accepted(key, 1, sequence, "snv", now), List.of(), null, null, false);
        store.insert(event);
        return event;
    }
}
