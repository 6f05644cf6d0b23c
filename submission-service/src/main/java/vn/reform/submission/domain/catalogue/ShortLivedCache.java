package vn.reform.submission.domain.catalogue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps catalogue entities read on the hot submission path for a moment. Local writes invalidate at once; another
 * instance's change is seen after at most the time to live.
 */
final class ShortLivedCache<T> {

    private record Entry<T>(T value, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 50_000;

    private final long timeToLiveNanos;
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    ShortLivedCache(Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    Optional<T> get(String key, Supplier<Optional<T>> load) {
        long now = System.nanoTime();
        Entry<T> entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return Optional.of(entry.value());
        }
        Optional<T> loaded = load.get();
        if (loaded.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry<>(loaded.get(), now + timeToLiveNanos));
        } else {
            entries.remove(key);
        }
        return loaded;
    }

    void invalidate(String key) {
        entries.remove(key);
    }
}
