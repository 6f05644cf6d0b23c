package vn.reform.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Lists every reminder due now over all rounds and agencies that still owe a report. */
public final class ReminderPlanner {

    private final ReminderLadder ladder;

    public ReminderPlanner(ReminderLadder ladder) {
        this.ladder = ladder;
    }

    public List<PlannedReminder> plan(Instant now, PlanningView view) {
        Map<String, List<ReportState>> statesByRound = view.states().values().stream()
                .collect(Collectors.groupingBy(ReportState::round));
        List<PlannedReminder> planned = new ArrayList<>();
        for (Round round : view.rounds()) {
            Set<String> expected = new HashSet<>(round.expectedAgencies());
            for (String agencyCode : agenciesAsked(round, statesByRound.getOrDefault(round.code(), List.of()))) {
                Optional<Instant> deadline = AwaitedReport.deadline(round, agencyCode, expected.contains(agencyCode),
                        view.state(round.code(), agencyCode));
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

    /**
     * Who may owe the round's report, expected agencies first: in an open round every expected agency, the ones asked
     * again and any with a report state; in a closed one only those asked again or with a state (an expected agency
     * that never reported owes nothing once the round is closed).
     */
    private static Set<String> agenciesAsked(Round round, List<ReportState> states) {
        Set<String> codes = new LinkedHashSet<>();
        if (round.open()) {
            codes.addAll(round.expectedAgencies());
        }
        codes.addAll(round.reopenedFor().keySet());
        states.forEach(s -> codes.add(s.agency()));
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
