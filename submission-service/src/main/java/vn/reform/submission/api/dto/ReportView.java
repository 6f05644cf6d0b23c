package vn.reform.submission.api.dto;

import java.util.List;

import vn.reform.submission.domain.report.ReportState;
import vn.reform.submission.domain.report.ReportStatus;
import vn.reform.submission.domain.report.VersionSummary;

/** An agency's report in a round, as GET /api/rounds/{round}/reports/{agency} shows it (public API). */
public record ReportView(String round, String agency, ReportStatus status, DraftView draft, VersionView latest,
                         List<VersionSummary> versions) {

    public static ReportView of(ReportState state) {
        List<VersionSummary> versions = state.history().versions();
        VersionView latest = state.history().latestSubmission()
                .map(e -> VersionView.of(e, versions.get(versions.size() - 1).status()))
                .orElse(null);
        return new ReportView(state.key().round(), state.key().agency(), state.status(),
                state.draft().map(DraftView::of).orElse(null), latest, versions);
    }
}
