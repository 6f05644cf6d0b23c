package vn.reform.aggregation.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Look-up answers kept for a short time, and never across a write of this instance: each write starts a new
 * generation when it is done ({@link #changed()}), and an answer is served only in the generation it was asked in.
 * An answer whose look-up overlapped a write is returned to its caller but never served again. So what is read
 * after a write never comes from before it, while another instance's writes are seen at most {@code timeToLive}
 * later.
 */
final class LookupCache {

    private record Kept(Object value, long at, long generation) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long timeToLiveNanos;

    LookupCache(Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> lookup) {
        long current = generation.get();
        Kept hit = kept.get(key);
        long now = System.nanoTime();
        if (hit != null && hit.generation() == current && now - hit.at() < timeToLiveNanos) {
            return (T) hit.value();
        }
        T value = lookup.get();
        // kept under the generation it was asked in: if a write was done meanwhile, it is never served
        kept.put(key, new Kept(value, now, current));
        return value;
    }

    /** Called once a write is done: no answer asked for before it is served again. */
    void changed() {
        generation.incrementAndGet();
        kept.clear();
    }
}
