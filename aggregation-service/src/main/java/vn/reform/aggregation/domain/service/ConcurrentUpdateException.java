package vn.reform.aggregation.domain.service;

/** A compare-and-set kept failing; the event is retried (and sent to the dead-letter topic if it persists). */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
