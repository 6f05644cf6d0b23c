package vn.reform.submission.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportHistory;
import vn.reform.submission.domain.report.ReportKey;

/**
 * Where each recently read report's tail (its events from the latest submission on) stood when last read, so that
 * the next read asks for those events and what followed, not the whole history: about 300 bytes a report, the least
 * recently used dropped beyond {@value #CAPACITY}, more than a 10,000-agency round. For the {@value #EVENTS_KEPT}
 * reports used last, the tail's events themselves are kept too (a submission carries the whole report, a few KB):
 * events never change, so the next read only needs to check that the last one is still there and nothing followed.
 */
final class ReportTails {

    static final int CAPACITY = 16_384;
    static final int EVENTS_KEPT = 2_048;

    /** The tail's first and last sequence when read, and the last event's id, which tells whether it is still there. */
    record Tail(long first, long last, String lastEventId) {
    }

    private final Map<ReportKey, Tail> tails = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReportKey, Tail> eldest) {
            return size() > CAPACITY;
        }
    };

    private final Map<ReportKey, List<ReportEvent>> events = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReportKey, List<ReportEvent>> eldest) {
            return size() > EVENTS_KEPT;
        }
    };

    synchronized Optional<Tail> get(ReportKey key) {
        return Optional.ofNullable(tails.get(key));
    }

    /** The events of the tail {@code known}, if they are still kept. */
    synchronized Optional<List<ReportEvent>> events(ReportKey key, Tail known) {
        List<ReportEvent> kept = events.get(key);
        return kept != null && matches(kept, known) ? Optional.of(kept) : Optional.empty();
    }

    /** Remembers where this tail, just read from the store in sequence order, stands; an empty one is forgotten. */
    synchronized void remember(ReportKey key, List<ReportEvent> tail) {
        if (tail.isEmpty()) {
            forget(key);
            return;
        }
        ReportEvent last = tail.get(tail.size() - 1);
        tails.put(key, new Tail(tail.get(0).sequence(), last.sequence(), last.eventId()));
        events.put(key, List.copyOf(tail));
    }

    /**
     * An event just stored: the report's tail, if its events are kept and it ended right before this one, now ends
     * with it. Otherwise what is kept of the report is dropped, and its next read reads the store.
     */
    synchronized void appended(ReportEvent event) {
        ReportKey key = event.key();
        Tail known = tails.get(key);
        List<ReportEvent> kept = known == null ? null : events.get(key);
        if (kept == null || !matches(kept, known) || known.last() + 1 != event.sequence()) {
            forget(key);
            return;
        }
        List<ReportEvent> longer = new ArrayList<>(kept);
        longer.add(event);
        remember(key, ReportHistory.tailOf(longer));
    }

    synchronized void forget(ReportKey key) {
        tails.remove(key);
        events.remove(key);
    }

    private static boolean matches(List<ReportEvent> kept, Tail known) {
        ReportEvent last = kept.get(kept.size() - 1);
        return last.sequence() == known.last() && last.eventId().equals(known.lastEventId());
    }
}
