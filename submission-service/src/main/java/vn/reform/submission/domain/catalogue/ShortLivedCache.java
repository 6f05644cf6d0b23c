package vn.reform.submission.domain.catalogue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps catalogue entities read on the hot submission path for a moment. Local writes invalidate at once; another
 * instance's change is seen after at most the time to live. One load per key at a time: requests that miss while it
 * runs wait for its answer instead of each reading the store (a round expecting thousands of agencies is a large
 * document, and under load every request arriving during the reload used to read it again). A load that a local
 * write overtook is answered to those already waiting for it but not kept, and later requests start their own.
 */
final class ShortLivedCache<T> {

    private record Entry<T>(T value, long expiresAt) {
    }

    /** A load in progress; {@code superseded} once a local write invalidated the key while it ran. */
    private static final class Load<T> {
        final CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        volatile boolean superseded;
    }

    private static final int MAX_ENTRIES = 50_000;

    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final Map<String, Load<T>> loads = new ConcurrentHashMap<>();

    ShortLivedCache(Duration timeToLive) {
        this(timeToLive, System::nanoTime);
    }

    ShortLivedCache(Duration timeToLive, LongSupplier nanoTime) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<T> get(String key, Supplier<Optional<T>> load) {
        Entry<T> entry = entries.get(key);
        if (entry != null && entry.expiresAt() - nanoTime.getAsLong() > 0) {
            return Optional.of(entry.value());
        }
        Load<T> mine = new Load<>();
        Load<T> running = loads.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            long startedAt = nanoTime.getAsLong();
            Optional<T> loaded = load.get();
            keep(key, mine, loaded, startedAt);
            mine.answer.complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            mine.answer.completeExceptionally(e);
            throw e;
        } finally {
            loads.remove(key, mine);
        }
    }

    void invalidate(String key) {
        Load<T> running = loads.remove(key);
        if (running != null) {
            running.superseded = true;
        }
        entries.remove(key);
    }

    private void keep(String key, Load<T> load, Optional<T> loaded, long startedAt) {
        if (loaded.isEmpty()) {
            entries.remove(key);
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // the time to live counts from when the read began: nothing kept is older than that
        entries.put(key, new Entry<>(loaded.get(), startedAt + timeToLiveNanos));
        if (load.superseded) {
            entries.remove(key); // a local write landed while this read ran: what it read may be from before it
        }
    }

    private static <T> Optional<T> await(Load<T> running) {
        try {
            return running.answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
