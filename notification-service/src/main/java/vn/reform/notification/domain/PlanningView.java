package vn.reform.notification.domain;

import java.util.Collection;
import java.util.Map;

/**
 * What the planner reads: the rounds, the agencies by code, report states by {@code round|agency}, the
 * per-round ladders (absent: the default) and Home Affairs' address for the digest.
 */
public record PlanningView(Collection<Round> rounds, Map<String, Agency> agencies, Map<String, ReportState> states,
                           Map<String, LadderSettings> ladders, LadderSettings defaultLadder,
                           String homeAffairsRecipient) {

    public static String stateKey(String round, String agency) {
        return round + "|" + agency;
    }

    public ReportState state(String round, String agency) {
        return states.get(stateKey(round, agency));
    }

    public LadderSettings ladderFor(String round) {
        return ladders.getOrDefault(round, defaultLadder);
    }
}
