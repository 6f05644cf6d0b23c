package vn.reform.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists every reminder due now over all rounds and agencies that still owe a report. */
public final class ReminderPlanner {

    private final ReminderLadder ladder;

    public ReminderPlanner(ReminderLadder ladder) {
        this.ladder = ladder;
    }

    public List<PlannedReminder> plan(Instant now, PlanningView view) {
        List<PlannedReminder> planned = new ArrayList<>();
        for (Round round : view.rounds()) {
            for (String agencyCode : agenciesAsked(round, view)) {
                Optional<Instant> deadline = AwaitedReport.deadline(round, agencyCode, view.state(round.code(), agencyCode));
                if (deadline.isEmpty()) {
                    continue;
                }
                Agency agency = view.agencies().get(agencyCode);
                for (DueStage due : ladder.dueStages(now, deadline.get(), view.ladderFor(round.code()))) {
                    String recipient = recipient(due.stage(), agency, view.homeAffairsRecipient());
                    if (recipient != null) {
                        planned.add(PlannedReminder.of(round.code(), agencyCode, due, recipient));
                    }
                }
            }
        }
        return planned;
    }

    private static List<String> agenciesAsked(Round round, PlanningView view) {
        List<String> codes = new ArrayList<>(round.expectedAgencies());
        round.reopenedFor().keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        view.states().values().stream()
                .filter(s -> s.round().equals(round.code()) && !codes.contains(s.agency()))
                .forEach(s -> codes.add(s.agency()));
        return codes;
    }

    private static String recipient(ReminderStage stage, Agency agency, String homeAffairs) {
        return switch (stage.audience()) {
            case HOME_AFFAIRS -> blankToNull(homeAffairs);
            case AGENCY_HEAD -> agency == null ? null : blankToNull(agency.headEmail());
            case AGENCY_FOCAL_POINT -> agency == null ? null
                    : Optional.ofNullable(blankToNull(agency.focalPointEmail())).orElse(blankToNull(agency.headEmail()));
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
