package vn.reform.submission.api.dto;

/** Home Affairs returns a report: why, and optionally the new deadline for the corrected one. */
public record ReturnRequest(String reason, String dueAt) {
}
