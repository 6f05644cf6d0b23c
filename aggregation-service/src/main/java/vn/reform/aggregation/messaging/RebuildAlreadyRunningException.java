package vn.reform.aggregation.messaging;

/** A second rebuild was asked for while one is running. */
public class RebuildAlreadyRunningException extends RuntimeException {

    public RebuildAlreadyRunningException() {
        super("a rebuild is already running");
    }
}
