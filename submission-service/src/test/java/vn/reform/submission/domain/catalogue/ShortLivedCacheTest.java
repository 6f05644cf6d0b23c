package vn.reform.submission.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ShortLivedCache<String> cache = new ShortLivedCache<>(Duration.ofNanos(100), now::get);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger loads = new AtomicInteger();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void keepsAValueForItsTimeToLiveCountedFromTheRead() {
        AtomicReference<String> stored = new AtomicReference<>("v1");
        assertThat(cache.get("R1", counting(stored::get))).contains("v1");
        stored.set("v2");
        now.addAndGet(99);
        assertThat(cache.get("R1", counting(stored::get))).contains("v1");
        now.addAndGet(1);
        assertThat(cache.get("R1", counting(stored::get))).contains("v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void requestsMissingWhileALoadRunsWaitForItInsteadOfReadingAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Optional<String>> first = blockedLoad(release, () -> "v1");
        List<Future<Optional<String>>> others = parkedRequests(8, "read again");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("v1");
        for (Future<Optional<String>> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).contains("v1");
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aLocalWriteDuringALoadIsNotHiddenByWhatTheLoadReadBeforeIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Optional<String>> before = blockedLoad(release, () -> "before the write");
        cache.invalidate("R1");
        // a request after the write does not join the load that began before it
        assertThat(cache.get("R1", counting(() -> "after the write"))).contains("after the write");
        release.countDown();
        assertThat(before.get(10, TimeUnit.SECONDS)).contains("before the write");
        // and the overtaken load did not keep its value
        assertThat(cache.get("R1", counting(() -> "read again"))).isIn(Optional.of("after the write"), Optional.of("read again"));
        now.addAndGet(99);
        assertThat(cache.get("R1", counting(() -> "read again"))).isNotEqualTo(Optional.of("before the write"));
    }

    @Test
    void aFailedLoadFailsItsWaitersAndIsNotKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<Optional<String>> failing = blockedLoad(release, () -> {
            throw new IllegalStateException("store away");
        });
        Future<Optional<String>> waiting = parkedRequests(1, "not read").get(0);
        release.countDown();
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("store away");
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("store away");
        assertThat(cache.get("R1", counting(() -> "v1"))).contains("v1");
        assertThat(loads).hasValue(2);
    }

    @Test
    void anAbsentEntityIsAskedForAgain() {
        assertThat(cache.get("R1", () -> {
            loads.incrementAndGet();
            return Optional.empty();
        })).isEmpty();
        assertThat(cache.get("R1", counting(() -> "created since"))).contains("created since");
        assertThat(loads).hasValue(2);
    }

    /** A request whose load of R1 runs until {@code release}, then answers {@code then}; returns once it runs. */
    private Future<Optional<String>> blockedLoad(CountDownLatch release, Supplier<String> then) {
        Future<Optional<String>> request = threads.submit(() -> cache.get("R1", counting(() -> {
            await(release);
            return then.get();
        })));
        awaitLoads(1);
        return request;
    }

    /** {@code count} requests for R1 (each would load {@code ownLoad}), returned once all are parked waiting. */
    private List<Future<Optional<String>>> parkedRequests(int count, String ownLoad) {
        List<Thread> parked = new ArrayList<>();
        List<Future<Optional<String>>> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(threads.submit(() -> {
                synchronized (parked) {
                    parked.add(Thread.currentThread());
                }
                return cache.get("R1", counting(() -> ownLoad));
            }));
        }
        awaitParked(parked, count);
        return requests;
    }

    private Supplier<Optional<String>> counting(Supplier<String> load) {
        return () -> {
            loads.incrementAndGet();
            return Optional.of(load.get());
        };
    }

    private void awaitLoads(int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (loads.get() < expected) {
            assertThat(System.nanoTime()).as("load started").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** Until these threads are parked (waiting for the load's answer). */
    private static void awaitParked(List<Thread> threads, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            synchronized (threads) {
                if (threads.size() == count && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("waiters parked").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
