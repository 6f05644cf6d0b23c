package vn.reform.submission.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportKey;

/**
 * Where each recently read report's tail (its events from the latest submission on) stood when last read, so that
 * the next read asks for those events and what followed, not the whole history. Only positions are kept, not the
 * events (a submission carries the whole report): about 300 bytes a report, the least recently used dropped beyond
 * {@value #CAPACITY}, more than a 10,000-agency round.
 */
final class ReportTails {

    static final int CAPACITY = 16_384;

    /** The tail's first and last sequence when read, and the last event's id, which tells whether it is still there. */
    record Tail(long first, long last, String lastEventId) {
    }

    private final Map<ReportKey, Tail> tails = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReportKey, Tail> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Optional<Tail> get(ReportKey key) {
        return Optional.ofNullable(tails.get(key));
    }

    /** Remembers where this tail, just read from the store in sequence order, stands; an empty one is forgotten. */
    synchronized void remember(ReportKey key, List<ReportEvent> tail) {
        if (tail.isEmpty()) {
            tails.remove(key);
            return;
        }
        ReportEvent last = tail.get(tail.size() - 1);
        tails.put(key, new Tail(tail.get(0).sequence(), last.sequence(), last.eventId()));
    }
}
