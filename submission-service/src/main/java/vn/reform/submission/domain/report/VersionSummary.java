package vn.reform.submission.domain.report;

import java.time.Instant;

/** One submitted version as the report's history lists it. */
public record VersionSummary(int version, Instant submittedAt, boolean late, String submittedBy, ReportStatus status) {
}
