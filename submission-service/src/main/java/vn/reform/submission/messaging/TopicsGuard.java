package vn.reform.submission.messaging;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Creates the topics again (idempotently) when publishing keeps failing, at most once per interval: when the service
 * started while the broker was away, its topics were never created, and the broker never auto-creates them.
 */
@Component
public class TopicsGuard {

    private static final Logger log = LoggerFactory.getLogger(TopicsGuard.class);
    private static final long INTERVAL_NANOS = Duration.ofSeconds(30).toNanos();

    private final KafkaAdmin admin;
    private long lastAttempt = System.nanoTime() - INTERVAL_NANOS;

    public TopicsGuard(KafkaAdmin admin) {
        this.admin = admin;
    }

    /** Called from the relay thread only. */
    void afterFailure() {
        long now = System.nanoTime();
        if (now - lastAttempt < INTERVAL_NANOS) {
            return;
        }
        lastAttempt = now;
        try {
            admin.initialize();
        } catch (RuntimeException e) {
            log.debug("topics not (re)created yet: {}", e.toString());
        }
    }
}
