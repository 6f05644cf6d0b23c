package vn.reform.submission.messaging;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Lets a write wake the relay at once instead of waiting for its next sweep. */
@Component
public class OutboxWakeUp {

    private final Semaphore signal = new Semaphore(0);

    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits until woken or the timeout passes; true when woken. */
    boolean await(long timeoutMillis) throws InterruptedException {
        boolean woken = signal.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        signal.drainPermits();
        return woken;
    }
}
