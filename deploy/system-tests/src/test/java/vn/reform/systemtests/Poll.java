package vn.reform.systemtests;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls with a deadline instead of sleeping for a guessed time. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    private Poll() {
    }

    /** Asks {@code probe} until {@code done} accepts its answer; fails with the last answer after {@code limit}. */
    public static <T> T until(Duration limit, Supplier<T> probe, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(INTERVAL.toNanos());
        }
        throw new AssertionError(what + " did not happen within " + limit + "; last answer: " + last);
    }
}
