package vn.reform.aggregation.messaging;

/** A record that can never be processed as it is (not JSON, missing fields, unknown schema version): no retry. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
