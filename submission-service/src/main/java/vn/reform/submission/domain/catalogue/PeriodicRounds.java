package vn.reform.submission.domain.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.reform.submission.domain.period.PeriodGenerator;
import vn.reform.submission.domain.period.PeriodTitles;
import vn.reform.submission.domain.period.PeriodWindow;
import vn.reform.submission.domain.problem.ConflictException;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;

/** Opens the Decree 09/2019 rounds of a year from the period generator; rounds that already exist are left alone. */
@Service
public class PeriodicRounds {

    private final CatalogueService catalogue;
    private final PeriodGenerator periods;

    public PeriodicRounds(CatalogueService catalogue, PeriodGenerator periods) {
        this.catalogue = catalogue;
        this.periods = periods;
    }

    /** The rounds created now (codes {@code <year>-Q1}, {@code <year>-6T}, {@code <year>-T01}, …), OPEN. */
    public List<Round> open(int year, String templateCode, Set<PeriodKind> kinds, List<String> expectedAgencies) {
        if (kinds.isEmpty() || kinds.contains(PeriodKind.AD_HOC)) {
            throw new InvalidRequestException(FieldProblem.of("periodKinds", "value.periodKinds"));
        }
        List<PeriodWindow> windows = new ArrayList<>(periods.reportingWindows(year));
        if (kinds.contains(PeriodKind.MONTH)) {
            windows.addAll(periods.windows(year).stream().filter(w -> w.kind() == PeriodKind.MONTH).toList());
        }
        List<Round> created = new ArrayList<>();
        for (PeriodWindow window : windows) {
            if (!kinds.contains(window.kind())) {
                continue;
            }
            Round round = new Round(window.code(), templateCode, 0, PeriodTitles.of(window), window.kind(), window.dataFrom(),
                    window.dataTo(), window.dueAt(), expectedAgencies, RoundStatus.OPEN, Map.of());
            try {
                created.add(catalogue.createRound(round));
            } catch (ConflictException alreadyThere) {
                // an existing round keeps its settings
            }
        }
        return created;
    }
}
