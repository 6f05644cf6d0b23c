package vn.reform.submission.api.dto;

/** Home Affairs reopens a locked round for one agency, optionally until a given instant. */
public record ReopenRequest(String dueAt) {
}
