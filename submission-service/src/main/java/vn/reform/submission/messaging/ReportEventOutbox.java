package vn.reform.submission.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import org.springframework.stereotype.Component;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventNotifier;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.persistence.ReportEventStore;

/**
 * Report events waiting for Kafka. Ids of freshly stored events are queued in memory (the hot path looks documents up
 * by _id only); a sweep of {@code published=false} refills the queue at start-up and periodically, so nothing stored
 * is ever forgotten. Events of one report go out strictly in sequence order, one at a time: event n is sent only once
 * n-1 is published, so consumers that keep the highest sequence never see a gap filled late.
 */
@Component
public class ReportEventOutbox implements OutboxSource, ReportEventNotifier {

    private final ReportEventStore store;
    private final Clock clock;
    private final ConcurrentSkipListSet<String> pendingIds = new ConcurrentSkipListSet<>();
    private final OutboxWakeUp wakeUp;

    public ReportEventOutbox(ReportEventStore store, Clock clock, OutboxWakeUp wakeUp) {
        this.store = store;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    @Override
    public void stored(ReportKey key, long sequence) {
        pendingIds.add(ReportEventStore.id(key, sequence));
        wakeUp.wake();
    }

    @Override
    public List<OutboxMessage> pending(int max) {
        List<OutboxMessage> batch = new ArrayList<>();
        Set<ReportKey> keysInBatch = new HashSet<>();
        for (String id : pendingIds) {
            if (batch.size() >= max) {
                break;
            }
            ReportKey key = ReportEventStore.keyOfId(id);
            if (keysInBatch.contains(key)) {
                continue;
            }
            keysInBatch.add(key);
            long sequence = ReportEventStore.sequenceOfId(id);
            if (sequence > 1 && !store.isPublished(ReportEventStore.id(key, sequence - 1))) {
                pendingIds.add(ReportEventStore.id(key, sequence - 1));
                continue;
            }
            Optional<ReportEvent> event = store.findById(id);
            if (event.isEmpty() || event.get().published()) {
                pendingIds.remove(id);
                continue;
            }
            batch.add(new OutboxMessage(id, Topics.REPORTS, envelope(event.get())));
        }
        return batch;
    }

    @Override
    public void published(OutboxMessage message) {
        store.markPublished(message.sourceId(), clock.instant());
        pendingIds.remove(message.sourceId());
    }

    @Override
    public void failed(OutboxMessage message) {
        store.recordFailedAttempt(message.sourceId());
    }

    @Override
    public void recover() {
        pendingIds.addAll(store.findUnpublishedIds());
    }

    public int pendingCount() {
        return pendingIds.size();
    }

    static EventEnvelope envelope(ReportEvent event) {
        return new EventEnvelope(event.eventId(), event.type().eventName(), ReportEvent.PAYLOAD_VERSION,
                event.occurredAt().toString(), event.key().value(), event.payload());
    }
}
