package vn.reform.submission.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportPayloads;
import vn.reform.submission.domain.report.ReportStatus;
import vn.reform.submission.domain.report.ValueChange;

/** One submitted version in full, with what changed against the previous one. */
public record VersionView(int version, Instant submittedAt, boolean late, String submittedBy, ReportStatus status,
                          String templateCode, int templateVersion, String documentNumber, String signer,
                          Map<String, Object> values, Map<String, String> narrative, List<ValueChange> changes) {

    public static VersionView of(ReportEvent submission, ReportStatus status) {
        var content = ReportPayloads.contentOf(submission.payload());
        return new VersionView(submission.version(), submission.occurredAt(), submission.isLate(), submission.actor(), status,
                (String) submission.payload().get("templateCode"), ((Number) submission.payload().get("templateVersion")).intValue(),
                content.documentNumber(), content.signer(), content.values(), content.narrative(), submission.changes());
    }
}
