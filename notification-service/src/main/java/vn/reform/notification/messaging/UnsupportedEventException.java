package vn.reform.notification.messaging;

/** An event this service cannot apply (newer schema version, missing fields): it goes to the dead-letter topic. */
public class UnsupportedEventException extends RuntimeException {

    public UnsupportedEventException(String message) {
        super(message);
    }
}
