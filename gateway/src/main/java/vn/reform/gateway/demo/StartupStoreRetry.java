package vn.reform.gateway.demo;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Runs an idempotent start-up step again when the store did not answer (a socket error or read timeout, or no
 * server selected in time): on a large local store a start-up command can wait behind a long scan of another
 * client, and one such wait must not stop the service. The attempts are bounded, each retry is logged, and any
 * other error (a validation error, a duplicate key, a defect) fails at once, as before.
 */
final class StartupStoreRetry {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(StartupStoreRetry.class);

    private final Retry retry;

    StartupStoreRetry(String loader, int maxAttempts, Duration firstWait) {
        this.retry = Retry.of(loader, RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(firstWait, 2.0))
                .retryOnException(StartupStoreRetry::isTransient)
                .build());
        retry.getEventPublisher().onRetry(event -> log.warn("{}: attempt {} of {} failed, the store did not answer ({}); "
                        + "trying again in {} ms", loader, event.getNumberOfRetryAttempts(), maxAttempts,
                event.getLastThrowable() == null ? "" : event.getLastThrowable().toString(),
                event.getWaitInterval().toMillis()));
    }

    /** Five attempts, 1, 2, 4 and 8 s apart. */
    static StartupStoreRetry forLoader(String loader) {
        return new StartupStoreRetry(loader, MAX_ATTEMPTS, Duration.ofSeconds(1));
    }

    void run(Runnable load) {
        retry.executeRunnable(load);
    }

    /** A store that did not answer, wherever in the cause chain (Spring and Reactor wrap the driver's exceptions). */
    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
