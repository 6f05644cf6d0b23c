package vn.reform.submission.domain.report;

/** One field that differs from the previous version: {@code values.TIN_BAI} 30 → 35. */
public record ValueChange(String field, Object before, Object after) {
}
