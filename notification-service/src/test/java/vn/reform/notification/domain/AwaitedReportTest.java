package vn.reform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AwaitedReportTest {

    static final Instant DUE = Instant.parse("2026-12-18T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-28T10:00:00Z");
    static final Round OPEN = new Round("R", "t", DUE, List.of("A", "B"), true, Map.of());
    static final Round LOCKED = new Round("R", "t", DUE, List.of("A", "B"), false, Map.of("B", LATER));

    @Test
    void anExpectedAgencyWithoutAReportOwesItByTheRoundsDeadline() {
        assertThat(AwaitedReport.deadline(OPEN, "A", null)).contains(DUE);
        assertThat(AwaitedReport.deadline(OPEN, "C", null)).isEmpty();
    }

    @Test
    void aSubmittedOrAcceptedReportIsNotAwaited() {
        assertThat(AwaitedReport.deadline(OPEN, "A", state(ReportStatus.SUBMITTED, null))).isEmpty();
        assertThat(AwaitedReport.deadline(OPEN, "A", state(ReportStatus.ACCEPTED, null))).isEmpty();
    }

    @Test
    void aReturnedOrReopenedReportIsAwaitedByItsNewDeadline() {
        assertThat(AwaitedReport.deadline(OPEN, "A", state(ReportStatus.RETURNED, LATER))).contains(LATER);
        assertThat(AwaitedReport.deadline(LOCKED, "A", state(ReportStatus.REOPENED, LATER))).contains(LATER);
        assertThat(AwaitedReport.deadline(OPEN, "A", state(ReportStatus.RETURNED, null))).contains(DUE);
    }

    @Test
    void aLockedRoundRemindsOnlyTheAgenciesItWasReopenedFor() {
        assertThat(AwaitedReport.deadline(LOCKED, "A", null)).isEmpty();
        assertThat(AwaitedReport.deadline(LOCKED, "B", null)).contains(LATER);
    }

    private static ReportState state(ReportStatus status, Instant dueAt) {
        return new ReportState("R", "A", status, dueAt, 1);
    }
}
