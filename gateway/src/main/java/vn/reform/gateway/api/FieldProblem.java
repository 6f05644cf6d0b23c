package vn.reform.gateway.api;

/** One field error of a problem detail: which field, a stable code, and a message for people. */
public record FieldProblem(String field, String code, String message) {
}
