package vn.reform.aggregation.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A client error with a message key (resolved in the caller's language) and, for bad input, field errors.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String titleKey;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldProblem> fields;

    public ApiException(HttpStatus status, String titleKey, String detailKey, List<FieldProblem> fields,
                        Object... args) {
        super(detailKey);
        this.status = status;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.args = args;
        this.fields = List.copyOf(fields);
    }

    public static ApiException notFound(String detailKey, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, "problem.notfound.title", detailKey, List.of(), args);
    }

    public static ApiException forbidden(String detailKey, Object... args) {
        return new ApiException(HttpStatus.FORBIDDEN, "problem.forbidden.title", detailKey, List.of(), args);
    }

    public static ApiException conflict(String detailKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, "problem.conflict.title", detailKey, List.of(), args);
    }

    /** Bad input in one parameter: 400 with one field error whose message has key {@code messageKey}. */
    public static ApiException badField(String field, String code, String messageKey) {
        return new ApiException(HttpStatus.BAD_REQUEST, "problem.badrequest.title", "problem.field.detail",
                List.of(new FieldProblem(field, code, messageKey)));
    }

    public HttpStatus status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** A field error before localisation: the message is a key. */
    public record FieldProblem(String field, String code, String messageKey) {
    }
}
