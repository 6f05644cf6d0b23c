package vn.reform.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** The next event of this type, as the service would make it; each grant sets its own deadline. */
    private void append(ReportEventType type) {
        int version = new ReportHistory(events).latestVersion();
        String dueAt = ROUND_DUE.plusSeconds(86_400L * (events.size() + 1)).toString();
        switch (type) {
            case SUBMITTED -> add(type, version + 1, Map.of("late", false));
            case RETURNED -> add(type, version, Map.of("dueAt", dueAt));
            case ACCEPTED -> add(type, version, Map.of());
            case REOPENED -> add(type, null, Map.of("dueAt", dueAt));
        }
    }

    @Test
    void aReportWithoutEventsIsNotStarted() {
        ReportHistory history = new ReportHistory(events);
        assertThat(history.status()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(history.lastSequence()).isZero();
        assertThat(history.latestVersion()).isZero();
        assertThat(history.deadline(ROUND_DUE)).isEqualTo(ROUND_DUE);
        assertThat(ReportHistory.ofTail(events).status()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(ReportHistory.ofTail(events).lastSequence()).isZero();
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

    /** Each case: the events in order, then where the tail starts and the status both must show. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SUBMITTED,                                       1, SUBMITTED",
            "SUBMITTED RETURNED,                              1, RETURNED",
            "SUBMITTED RETURNED SUBMITTED,                    3, SUBMITTED",
            "SUBMITTED RETURNED SUBMITTED RETURNED REOPENED,  3, RETURNED",
            "REOPENED,                                        1, NOT_STARTED",
            "REOPENED REOPENED,                               1, NOT_STARTED",
            "SUBMITTED RETURNED SUBMITTED ACCEPTED,           3, ACCEPTED",
            "SUBMITTED ACCEPTED REOPENED,                     1, ACCEPTED"})
    void aHistoryBuiltFromItsTailAnswersWhatAnAppendNeedsAsTheWholeHistoryDoes(String types, long tailStart,
                                                                              ReportStatus status) {
        for (String type : types.split(" ")) {
            append(ReportEventType.valueOf(type));
        }
        ReportHistory whole = new ReportHistory(events);
        List<ReportEvent> tail = ReportHistory.tailOf(events);
        ReportHistory fromTail = ReportHistory.ofTail(tail);

        assertThat(tail).extracting(ReportEvent::sequence).first().isEqualTo(tailStart);
        assertThat(tail).extracting(ReportEvent::sequence).last().isEqualTo((long) events.size());
        assertThat(fromTail.status()).isEqualTo(status).isEqualTo(whole.status());
        assertThat(fromTail.openGrant()).isEqualTo(whole.openGrant());
        assertThat(fromTail.deadline(ROUND_DUE)).isEqualTo(whole.deadline(ROUND_DUE));
        assertThat(fromTail.latestSubmission()).isEqualTo(whole.latestSubmission());
        assertThat(fromTail.latestVersion()).isEqualTo(whole.latestVersion());
        assertThat(fromTail.lastSequence()).isEqualTo(whole.lastSequence());
    }

    @Test
    void aHistoryBuiltFromItsTailRefusesWhatNeedsEveryVersion() {
        append(ReportEventType.SUBMITTED);
        append(ReportEventType.SUBMITTED);
        ReportHistory fromTail = ReportHistory.ofTail(events);

        assertThatThrownBy(fromTail::versions).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fromTail.submission(2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(fromTail::events).isInstanceOf(IllegalStateException.class);
        assertThat(new ReportHistory(events).versions()).hasSize(2);
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
