package vn.reform.notification.api;

/** One entry of a problem detail's {@code errors}. */
public record FieldError(String field, String code, String message) {
}
