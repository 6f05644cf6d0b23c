package vn.reform.submission.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import vn.reform.submission.config.OutboxProperties;

/**
 * Publishes pending outbox events to Kafka (acks=all, idempotent producer) on one background thread: woken right
 * after a write; sweeping the store at start-up, when a source asks for it (a write whose outcome is unknown), and
 * at a safety interval (a scan of every unpublished document: on a store without a usable index, a scan of the
 * whole collection, so rare). A failed batch is retried with exponential backoff behind a Resilience4j circuit
 * breaker (while it is open, nothing is read from the store or sent). Delivery is at least once: an event is marked
 * published only after the broker acknowledged it.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    static final String CIRCUIT_BREAKER = "kafka-outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final List<OutboxSource> sources;
    private final KafkaEventSender sender;
    private final OutboxWakeUp wakeUp;
    private final OutboxProperties properties;
    private final TopicsGuard topics;
    private final CircuitBreaker circuitBreaker;
    private final IntervalFunction backoff;
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(List<OutboxSource> sources, KafkaEventSender sender, OutboxWakeUp wakeUp,
                       OutboxProperties properties, TopicsGuard topics, CircuitBreakerRegistry circuitBreakers) {
        this.sources = sources;
        this.sender = sender;
        this.wakeUp = wakeUp;
        this.properties = properties;
        this.topics = topics;
        this.circuitBreaker = circuitBreakers.circuitBreaker(CIRCUIT_BREAKER);
        this.backoff = IntervalFunction.ofExponentialBackoff(properties.backoffInitial(), properties.backoffMultiplier(),
                properties.backoffMax());
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(properties.sendTimeout().toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // start after the web server and the Kafka admin; stop before them
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private void run() {
        int consecutiveFailures = 0;
        // the first sweep resumes everything left unpublished (retried until the store answers)
        SweepSchedule sweeps = new SweepSchedule(properties.sweepInterval(), System::nanoTime);
        while (running) {
            try {
                if (sweeps.due(sources.stream().anyMatch(OutboxSource::needsRecovery))) {
                    sources.forEach(OutboxSource::recover);
                    sweeps.swept();
                }
                PassResult result = pass();
                if (result == PassResult.FAILED) {
                    consecutiveFailures++;
                    topics.afterFailure();
                    Thread.sleep(backoff.apply(consecutiveFailures));
                } else {
                    consecutiveFailures = 0;
                    if (result == PassResult.IDLE) {
                        wakeUp.await(properties.sweepInterval().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay pass failed: {}", e.toString());
                consecutiveFailures++;
                try {
                    Thread.sleep(backoff.apply(consecutiveFailures));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private enum PassResult { IDLE, SENT, FAILED }

    private PassResult pass() {
        if (!circuitBreaker.tryAcquirePermission()) {
            return PassResult.FAILED;
        }
        List<OutboxMessage> batch = new ArrayList<>();
        List<OutboxSource> owners = new ArrayList<>();
        try {
            for (OutboxSource source : sources) {
                for (OutboxMessage message : source.pending(properties.batchSize() - batch.size())) {
                    batch.add(message);
                    owners.add(source);
                }
            }
        } catch (RuntimeException e) {
            circuitBreaker.releasePermission();
            throw e;
        }
        if (batch.isEmpty()) {
            circuitBreaker.releasePermission();
            return PassResult.IDLE;
        }
        long started = System.nanoTime();
        try {
            KafkaEventSender.BatchResult sent = sender.send(batch);
            markAcknowledged(batch, owners, sent);
            if (!sent.failed().isEmpty()) {
                circuitBreaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS,
                        new PublishFailedException(sent.failed().size(), sent.firstError()));
                log.warn("{} of {} events not published, will retry: {}", sent.failed().size(), batch.size(),
                        sent.firstError() == null ? "" : sent.firstError().toString());
                return PassResult.FAILED;
            }
            circuitBreaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            log.debug("published {} events", sent.acknowledged().size());
            return PassResult.SENT;
        } catch (RuntimeException e) {
            circuitBreaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            log.warn("publishing {} events failed, will retry: {}", batch.size(), e.toString());
            return PassResult.FAILED;
        }
    }

    private static void markAcknowledged(List<OutboxMessage> batch, List<OutboxSource> owners,
                                         KafkaEventSender.BatchResult sent) {
        Set<OutboxMessage> acknowledged = Collections.newSetFromMap(new IdentityHashMap<>());
        acknowledged.addAll(sent.acknowledged());
        Map<OutboxSource, List<OutboxMessage>> publishedBySource = new IdentityHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessage message = batch.get(i);
            if (acknowledged.contains(message)) {
                publishedBySource.computeIfAbsent(owners.get(i), o -> new ArrayList<>()).add(message);
            } else {
                owners.get(i).failed(message);
            }
        }
        publishedBySource.forEach(OutboxSource::publishedAll);
    }

    /** Some events of a batch were not acknowledged: counts as a failure for the circuit breaker. */
    static final class PublishFailedException extends RuntimeException {

        PublishFailedException(int failedCount, Throwable cause) {
            super(failedCount + " events not acknowledged", cause);
        }
    }
}
