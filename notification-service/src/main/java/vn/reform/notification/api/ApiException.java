package vn.reform.notification.api;

import org.springframework.http.HttpStatus;

/** A refusal with a status and a message key (messages*.properties) for the problem detail. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public ApiException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public static ApiException forbiddenAgency(String agency) {
        return new ApiException(HttpStatus.FORBIDDEN, "problem.forbidden.agency", agency);
    }
}
