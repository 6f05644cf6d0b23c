package vn.reform.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import vn.reform.submission.domain.report.ReportContent;
import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventType;
import vn.reform.submission.domain.report.ReportHistory;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.domain.report.ReportStatus;
import vn.reform.submission.domain.report.ValueChange;
import vn.reform.submission.domain.report.VersionDiff;

class ReportHistoryTest {

    private static final ReportKey KEY = new ReportKey("2026-Q4", "SNGV");
    private static final Instant ROUND_DUE = Instant.parse("2026-12-16T10:00:00Z");
    private final List<ReportEvent> events = new ArrayList<>();

    private void add(ReportEventType type, Integer version, Map<String, Object> payload) {
        events.add(new ReportEvent(KEY, events.size() + 1, type, "e" + events.size(), Instant.parse("2026-12-10T00:00:00Z")
                .plusSeconds(events.size()), "u", version, payload, List.of(), null, null, false));
    }

    @Test
    void aReportWithoutEventsIsNotStarted() {
        ReportHistory history = new ReportHistory(events);
        assertThat(history.status()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(history.lastSequence()).isZero();
        assertThat(history.latestVersion()).isZero();
        assertThat(history.deadline(ROUND_DUE)).isEqualTo(ROUND_DUE);
    }

    @Test
    void theStatusFollowsSubmissionReturnResubmissionAndAcceptance() {
        add(ReportEventType.SUBMITTED, 1, Map.of("late", false));
        add(ReportEventType.RETURNED, 1, Map.of("dueAt", "2026-12-20T10:00:00Z"));
        ReportHistory returned = new ReportHistory(events);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.openGrant()).isPresent();
        assertThat(returned.deadline(ROUND_DUE)).isEqualTo(Instant.parse("2026-12-20T10:00:00Z"));

        add(ReportEventType.SUBMITTED, 2, Map.of("late", true));
        add(ReportEventType.ACCEPTED, 2, Map.of());
        ReportHistory accepted = new ReportHistory(events);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.openGrant()).isEmpty();
        assertThat(accepted.deadline(ROUND_DUE)).isEqualTo(ROUND_DUE);
        assertThat(accepted.latestVersion()).isEqualTo(2);
        assertThat(accepted.lastSequence()).isEqualTo(4);
        assertThat(accepted.versions()).extracting(v -> v.version() + ":" + v.status() + ":" + v.late())
                .containsExactly("1:RETURNED:false", "2:ACCEPTED:true");
    }

    @Test
    void aReopeningKeepsTheStatusAndGrantsALaterDeadlineUntilTheNextSubmission() {
        add(ReportEventType.REOPENED, null, Map.of("dueAt", "2026-12-30T10:00:00Z"));
        ReportHistory reopened = new ReportHistory(events);
        assertThat(reopened.status()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(reopened.deadline(ROUND_DUE)).isEqualTo(Instant.parse("2026-12-30T10:00:00Z"));
        add(ReportEventType.SUBMITTED, 1, Map.of("late", false));
        assertThat(new ReportHistory(events).openGrant()).isEmpty();
    }

    @Test
    void theDiffListsWhatChangedAgainstThePreviousVersionWhateverTheStoredNumberTypes() {
        ReportContent previous = new ReportContent(new Document(Map.of("TIN_BAI", 35, "KIEM_TRA",
                new Document(Map.of("total", 4, "parts", new Document(Map.of("NOI_BO", 2)))))), Map.of("CHI_DAO", "a"), "1/BC-X", "A");
        ReportContent current = new ReportContent(Map.of("TIN_BAI", 36L, "KIEM_TRA", Map.of("total", 4L, "parts", Map.of("NOI_BO", 2L)),
                "CHU_KY_SO", 10L), Map.of("CHI_DAO", "a"), "1/BC-X", "B");
        assertThat(VersionDiff.between(previous, current)).containsExactly(
                new ValueChange("values.CHU_KY_SO", null, 10L),
                new ValueChange("values.TIN_BAI", 35, 36L),
                new ValueChange("signer", "A", "B"));
        assertThat(VersionDiff.between(null, current)).hasSize(6);
    }
}
