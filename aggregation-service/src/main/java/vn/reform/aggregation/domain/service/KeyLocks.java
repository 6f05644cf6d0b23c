package vn.reform.aggregation.domain.service;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Striped in-process locks by {@code round|agency}: the report consumer and catalogue-triggered re-applications
 * of the same agency's contribution take turns. Across instances, Kafka's partition ownership serialises report
 * events; the stored revisions keep any remaining race from counting anything twice.
 */
@Component
public class KeyLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[128];

    public KeyLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T withLock(String key, Supplier<T> action) {
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
