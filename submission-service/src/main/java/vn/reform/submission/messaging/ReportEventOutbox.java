package vn.reform.submission.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventNotifier;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.persistence.ReportEventStore;

/**
 * Report events waiting for Kafka. Ids of freshly stored events are queued in memory, in the order they were stored
 * (the oldest goes first, so a backlog delays every report alike); a sweep of {@code published=false} refills the
 * queue at start-up, soon after a write whose outcome is unknown (the store may have kept what it did not
 * acknowledge), and at the relay's safety interval, so nothing stored is ever forgotten. Events of one report go
 * out strictly in sequence order, one at a time: event n is sent only once n-1 is published, so consumers that keep
 * the highest sequence never see a gap filled late. A batch costs one update marking them published, whatever its
 * size, and one lookup by _id of what is not known here: an event handed over as stored is sent as it is (up to
 * {@value #HANDED_MAX} waiting at a time), and a predecessor this instance published lately is known to be published
 * (published is never undone); events found by a sweep, and their predecessors otherwise, are read.
 */
@Component
public class ReportEventOutbox implements OutboxSource, ReportEventNotifier {

    /** Events kept as handed over while they wait (a backlog beyond it, e.g. while Kafka is away, is read back). */
    static final int HANDED_MAX = 1_000;
    /** Ids of events published here lately: a successor's predecessor check needs no read. */
    static final int PUBLISHED_REMEMBERED = 16_384;

    private final ReportEventStore store;
    private final Clock clock;
    private final Set<String> pendingIds = new LinkedHashSet<>(); // guarded by itself, as are the two below
    private final Map<String, ReportEvent> handed = new HashMap<>();
    private final Set<String> publishedHere = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > PUBLISHED_REMEMBERED;
        }
    });
    private final OutboxWakeUp wakeUp;
    private final AtomicBoolean recoveryNeeded = new AtomicBoolean();

    public ReportEventOutbox(ReportEventStore store, Clock clock, OutboxWakeUp wakeUp) {
        this.store = store;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    @Override
    public void stored(ReportEvent event) {
        String id = ReportEventStore.id(event.key(), event.sequence());
        synchronized (pendingIds) {
            pendingIds.add(id);
            if (handed.size() < HANDED_MAX) {
                handed.put(id, event);
            }
        }
        wakeUp.wake();
    }

    @Override
    public void outcomeUnknown() {
        recoveryNeeded.set(true);
        wakeUp.wake();
    }

    @Override
    public boolean needsRecovery() {
        return recoveryNeeded.get();
    }

    @Override
    public List<OutboxMessage> pending(int max) {
        Collection<String> candidates = oldestOfEachReport(max);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, ReportEvent> found = lookUp(candidates);
        List<OutboxMessage> batch = new ArrayList<>();
        for (String id : candidates) {
            Optional<String> previous = predecessor(id);
            if (previous.isPresent() && found.containsKey(previous.get()) && !found.get(previous.get()).published()) {
                queue(previous.get()); // stored but never queued here (a write whose answer was lost): it goes first
                continue;
            }
            ReportEvent event = found.get(id);
            if (event == null || event.published()) {
                forget(List.of(id));
                continue;
            }
            batch.add(new OutboxMessage(id, Topics.REPORTS, envelope(event)));
        }
        return batch;
    }

    /**
     * The candidates and their predecessors by id, as far as this instance needs them: an event handed over as
     * stored as it is, the rest read in one query; a predecessor published here lately is left out (nothing to check).
     */
    private Map<String, ReportEvent> lookUp(Collection<String> candidates) {
        Map<String, ReportEvent> found = new HashMap<>();
        Set<String> wanted = new HashSet<>();
        synchronized (pendingIds) {
            for (String id : candidates) {
                ReportEvent event = handed.get(id);
                if (event != null) {
                    found.put(id, event);
                } else {
                    wanted.add(id);
                }
                predecessor(id).filter(previous -> !publishedHere.contains(previous)).ifPresent(wanted::add);
            }
        }
        if (!wanted.isEmpty()) {
            found.putAll(store.findByIds(wanted));
        }
        return found;
    }

    /** Per report, its lowest pending sequence; reports in the order their first pending event was queued. */
    private Collection<String> oldestOfEachReport(int max) {
        Map<ReportKey, String> oldest = new LinkedHashMap<>();
        synchronized (pendingIds) {
            for (String id : pendingIds) {
                ReportKey key = ReportEventStore.keyOfId(id);
                String known = oldest.get(key);
                if (known == null && oldest.size() < max) {
                    oldest.put(key, id);
                } else if (known != null && ReportEventStore.sequenceOfId(id) < ReportEventStore.sequenceOfId(known)) {
                    oldest.put(key, id);
                }
            }
        }
        return oldest.values();
    }

    private static Optional<String> predecessor(String id) {
        long sequence = ReportEventStore.sequenceOfId(id);
        return sequence > 1 ? Optional.of(ReportEventStore.id(ReportEventStore.keyOfId(id), sequence - 1)) : Optional.empty();
    }

    private void queue(String id) {
        synchronized (pendingIds) {
            pendingIds.add(id);
        }
    }

    private void forget(Collection<String> ids) {
        synchronized (pendingIds) {
            pendingIds.removeAll(ids);
            ids.forEach(handed::remove);
        }
    }

    @Override
    public void published(OutboxMessage message) {
        publishedAll(List.of(message));
    }

    @Override
    public void publishedAll(List<OutboxMessage> messages) {
        List<String> ids = messages.stream().map(OutboxMessage::sourceId).toList();
        store.markPublished(ids, clock.instant());
        synchronized (pendingIds) {
            publishedHere.addAll(ids);
        }
        forget(ids);
    }

    @Override
    public void failed(OutboxMessage message) {
        store.recordFailedAttempt(message.sourceId());
    }

    @Override
    public void recover() {
        recoveryNeeded.set(false); // before the scan: an unknown outcome during it asks for another
        List<String> unpublished = store.findUnpublishedIds();
        synchronized (pendingIds) {
            pendingIds.addAll(unpublished);
        }
    }

    public int pendingCount() {
        synchronized (pendingIds) {
            return pendingIds.size();
        }
    }

    static EventEnvelope envelope(ReportEvent event) {
        return new EventEnvelope(event.eventId(), event.type().eventName(), ReportEvent.PAYLOAD_VERSION,
                event.occurredAt().toString(), event.key().value(), event.payload());
    }
}
