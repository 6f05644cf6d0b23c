package vn.reform.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * N workers, each sending its next request as soon as the previous answer arrived, for a fixed duration
 * (after a warm-up that is not recorded).
 */
final class ClosedLoopLoad {

    /** One request of worker {@code worker}, iteration {@code i}; returns true when the answer was the expected one. */
    /** An answer that is not the expected one; its message (status and problem code) is the error's reason. */
    static final class Refused extends Exception {
        Refused(StackApi.Answer answer) {
            super(answer.status() + " " + answer.problemCode(), null, false, false);
        }
    }

    interface Operation {
        boolean run(int worker, long i) throws Exception;
    }

    static LatencyStats run(int workers, Duration warmUp, Duration measured, Operation operation) {
        LatencyRecorder recorder = new LatencyRecorder();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    long i = 0;
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            return null;
                        }
                        boolean ok;
                        String failure = "refused";
                        try {
                            ok = operation.run(worker, i++);
                        } catch (Exception e) {
                            ok = false;
                            failure = e instanceof Refused ? e.getMessage() : e.getClass().getSimpleName();
                        }
                        long after = System.nanoTime();
                        if (before >= measureFrom && after <= end) {
                            if (ok) {
                                recorder.record(after - before);
                            } else {
                                recorder.error(failure);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return recorder.summarise(measured.toNanos() / 1e9);
    }

    private ClosedLoopLoad() {
    }
}
