package vn.reform.submission.domain.report;

import java.util.Optional;

import vn.reform.submission.persistence.DraftStore;

/** Everything known about one agency's report in one round: its events and its working draft. */
public record ReportState(ReportKey key, ReportHistory history, Optional<DraftStore.Draft> draft) {

    public ReportStatus status() {
        ReportStatus status = history.status();
        return status == ReportStatus.NOT_STARTED && draft.isPresent() ? ReportStatus.DRAFT : status;
    }
}
