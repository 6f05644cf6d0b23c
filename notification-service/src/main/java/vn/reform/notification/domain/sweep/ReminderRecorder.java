package vn.reform.notification.domain.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.reform.notification.config.LadderProperties;
import vn.reform.notification.domain.Agency;
import vn.reform.notification.domain.PlannedReminder;
import vn.reform.notification.domain.PlanningView;
import vn.reform.notification.domain.ReminderPlanner;
import vn.reform.notification.domain.Round;
import vn.reform.notification.domain.WorkingCalendar;
import vn.reform.notification.persistence.CatalogueViewStore;
import vn.reform.notification.persistence.LadderStore;
import vn.reform.notification.persistence.ReminderStore;
import vn.reform.notification.persistence.ReportStateStore;

/**
 * First half of a sweep: records every reminder due now under its unique key, before anything is sent.
 * A recipient whose mail of today has gone out gets nothing more today.
 */
@Component
public class ReminderRecorder {

    private final ReminderPlanner planner;
    private final WorkingCalendar calendar;
    private final CatalogueViewStore catalogue;
    private final ReportStateStore reports;
    private final LadderStore ladders;
    private final LadderProperties defaultLadder;
    private final HomeAffairsRecipient homeAffairs;
    private final ReminderStore reminders;

    public ReminderRecorder(ReminderPlanner planner, WorkingCalendar calendar, CatalogueViewStore catalogue,
                            ReportStateStore reports, LadderStore ladders, LadderProperties defaultLadder,
                            HomeAffairsRecipient homeAffairs, ReminderStore reminders) {
        this.planner = planner;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.reports = reports;
        this.ladders = ladders;
        this.defaultLadder = defaultLadder;
        this.homeAffairs = homeAffairs;
        this.reminders = reminders;
    }

    /** @return how many new reminders were recorded */
    public int recordDue(Instant now) {
        if (!calendar.maySendAt(now)) {
            return 0;
        }
        LocalDate today = calendar.localDate(now);
        reminders.carryOver(today, now);
        Map<String, Agency> agencies = catalogue.agencies();
        List<Round> rounds = catalogue.rounds();
        // a closed round's settled reports matter only to an agency it was reopened for (its resubmission ends that)
        List<String> live = rounds.stream().filter(r -> r.open() || !r.reopenedFor().isEmpty()).map(Round::code).toList();
        PlanningView view = new PlanningView(rounds, agencies, reports.ofRoundsOrAwaited(live), ladders.all(),
                defaultLadder.toSettings(), homeAffairs.address(agencies));
        Map<String, List<PlannedReminder>> byRecipient = planner.plan(now, view).stream()
                .collect(Collectors.groupingBy(PlannedReminder::recipient, LinkedHashMap::new, Collectors.toList()));
        int recorded = 0;
        for (Map.Entry<String, List<PlannedReminder>> entry : byRecipient.entrySet()) {
            if (reminders.mailedOn(entry.getKey(), today)) {
                continue;
            }
            for (PlannedReminder reminder : entry.getValue()) {
                if (reminders.record(reminder, now)) {
                    recorded++;
                }
            }
        }
        return recorded;
    }
}
