package vn.reform.notification.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an agency still owes its report for a round, and by when. A report is owed when the agency is
 * expected (or was asked again), nothing is submitted or accepted, and the round is open or reopened for it.
 * A deadline set when the report was returned or reopened replaces the round's.
 */
public final class AwaitedReport {

    private AwaitedReport() {
    }

    /** The deadline the agency must meet, or empty when no reminder is due for this round and agency. */
    public static Optional<Instant> deadline(Round round, String agency, ReportState state) {
        return deadline(round, agency, round.expectedAgencies().contains(agency), state);
    }

    /** The same, told whether the round expects the agency (a set lookup, where a round expects thousands). */
    public static Optional<Instant> deadline(Round round, String agency, boolean expected, ReportState state) {
        if (state != null && !state.status().awaited()) {
            return Optional.empty();
        }
        boolean askedAgain = state != null || round.reopenedFor().containsKey(agency);
        if (!expected && !askedAgain) {
            return Optional.empty();
        }
        if (!round.open() && !askedAgain) {
            return Optional.empty();
        }
        if (state != null && state.dueAt() != null) {
            return Optional.of(state.dueAt());
        }
        return Optional.ofNullable(round.reopenedFor().getOrDefault(agency, round.dueAt()));
    }
}
