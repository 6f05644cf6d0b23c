package vn.reform.aggregation.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.reform.aggregation.api.view.AgencyOutlier;
import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.api.view.AgencyRow;
import vn.reform.aggregation.api.view.AgencyView;
import vn.reform.aggregation.api.view.KindRollup;
import vn.reform.aggregation.api.view.RollupView;
import vn.reform.aggregation.api.view.TrendPoint;
import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.Completeness;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.ContributionVector;
import vn.reform.aggregation.domain.FigureRenderer;
import vn.reform.aggregation.domain.Indicator;
import vn.reform.aggregation.domain.IndicatorFigure;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.RoundRollup;
import vn.reform.aggregation.domain.Template;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;
import vn.reform.aggregation.persistence.RollupStore;

/**
 * Builds the rollup views from the one rollup document of a round (read by key), never from the submissions.
 * The province view is cached per round, serialised, and served again while the rollup's revision and the round
 * are unchanged. Within {@code readCacheMaxStaleness} of its last check it is served without looking, unless this
 * instance has changed the round's rollup since: a change applied here is seen by the next read here, one applied
 * by another instance within that bounded staleness. While one reader builds a newer view the others get the
 * previous one, so a round of 10,000 agencies under constant change does not make every reader rebuild it.
 */
@Component
public class RollupReader {

    private final RollupStore rollups;
    private final CatalogueStore catalogue;
    private final ContributionStore contributions;
    private final JsonMapper json;
    private final Map<String, CachedView> cache = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> builders = new ConcurrentHashMap<>();
    private final long maxStalenessNanos;

    public RollupReader(RollupStore rollups, CatalogueStore catalogue, ContributionStore contributions,
                        JsonMapper json, AggregationProperties properties) {
        this.rollups = rollups;
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.json = json;
        this.maxStalenessNanos = properties.readCacheMaxStaleness().toNanos();
    }

    public RollupView province(String round) {
        return cached(round).view();
    }

    /** The province view as JSON (and its gzip encoding), serialised once per revision of the rollup. */
    GzippedBody provinceBody(String round) {
        return cached(round).body();
    }

    private CachedView cached(String round) {
        CachedView cached = cache.get(round);
        long now = System.nanoTime();
        if (cached != null && now - cached.checkedAt() < maxStalenessNanos
                && !rollups.changedHereSince(round, cached.checkedAt())) {
            return cached;
        }
        RollupStore.Stamps stamps = rollups.stamps(round);
        long revision = stamps.revision();
        Optional<RoundInfo> info = catalogue.round(round);
        if (revision < 0 && info.isEmpty()) {
            throw ApiException.notFound("problem.round.notfound", round);
        }
        if (cached != null && cached.revision() == revision && Objects.equals(cached.round(), info)) {
            CachedView checked = cached.checkedAt(now);
            cache.put(round, checked);
            return checked;
        }
        ReentrantLock builder = builders.computeIfAbsent(round, r -> new ReentrantLock());
        if (cached != null && !builder.tryLock()) {
            return cached; // another reader is building the new view: serve the previous one meanwhile
        } else if (cached == null) {
            builder.lock();
        }
        try {
            CachedView again = cache.get(round);
            if (again != null && again != cached && again.revision() >= revision) {
                return again;
            }
            RoundRollup rollup = rollups.find(round, stamps).orElseGet(() -> emptyRollup(round));
            RollupView view = provinceView(rollup, info);
            CachedView fresh = new CachedView(rollup.revision(), info, view, new GzippedBody(json.writeValueAsBytes(view)),
                    now);
            cache.put(round, fresh);
            return fresh;
        } finally {
            builder.unlock();
        }
    }

    public void clearCache() {
        cache.clear();
    }

    /** What an agency user sees of a round: its own entry and its own figures, no province totals. */
    public RollupView ownAgency(String round, String agency) {
        Optional<RoundInfo> info = catalogue.round(round);
        long revision = rollups.revision(round);
        if (revision < 0 && info.isEmpty()) {
            throw ApiException.notFound("problem.round.notfound", round);
        }
        // only the agency's own entry and contribution are read, never the whole round
        AgencyEntry entry = rollups.entry(round, agency).orElse(null);
        Optional<Contribution> contribution = contributions.find(round, agency);
        Optional<Template> template = ownTemplate(contribution, info);
        Map<String, IndicatorFigure> figures = contribution
                .flatMap(c -> template.map(t -> ownFigures(t, c, entry)))
                .orElse(Map.of());
        List<AgencyRow> rows = entry == null ? List.of() : List.of(AgencyRow.of(entry));
        List<AgencyOutlier> outliers = entry == null ? List.of() : entry.outliers().stream()
                .map(o -> new AgencyOutlier(agency, o.indicator(), o.value(), o.previous(), o.previousRound(),
                        o.factor())).toList();
        return new RollupView(round, info.map(RoundInfo::title).orElse(null), null, Math.max(revision, 0), "AGENCY",
                template.map(Template::code).orElse(null), template.map(Template::version).orElse(null), null,
                figures, rows, null, outliers);
    }

    private Optional<Template> ownTemplate(Optional<Contribution> contribution, Optional<RoundInfo> info) {
        return catalogue.template(contribution.map(Contribution::templateKey)
                .orElseGet(() -> info.map(RoundInfo::templateKey).orElse(null)));
    }

    public AgencyView agency(String round, String agency) {
        Contribution c = contributions.find(round, agency)
                .orElseThrow(() -> ApiException.notFound("problem.agency.notfound", round, agency));
        Optional<RoundInfo> info = catalogue.round(round);
        AgencyEntry entry = rollups.entry(round, agency).orElse(null);
        Optional<AgencyInfo> agencyInfo = catalogue.agency(agency);
        Map<String, IndicatorFigure> figures = ownTemplate(Optional.of(c), info)
                .map(t -> ownFigures(t, c, entry)).orElse(Map.of());
        return new AgencyView(round, agency, agencyInfo.map(AgencyInfo::name).orElse(null),
                agencyInfo.map(AgencyInfo::kind).orElse(AgencyInfo.UNKNOWN_KIND),
                c.status() == null ? null : c.status().name(), c.version(), c.submittedAt(), c.late(),
                c.documentNumber(), c.signer(), c.returnReason(), c.values(), c.narrative(), figures,
                entry == null ? List.of() : entry.outliers());
    }

    /** The figure of one indicator in every round of a template, oldest data window first. */
    public List<TrendPoint> trend(String indicator, String templateCode, String agency) {
        List<TrendPoint> points = new ArrayList<>();
        boolean indicatorKnown = false;
        for (RoundInfo round : catalogue.roundsOfTemplate(templateCode)) {
            Optional<Indicator> definition = catalogue.template(round.templateKey())
                    .flatMap(t -> t.indicator(indicator));
            if (definition.isEmpty()) {
                continue;
            }
            indicatorKnown = true;
            Map<String, Long> counters;
            List<String> missingWeight = List.of();
            if (agency == null) {
                Optional<RoundRollup> rollup = rollups.find(round.code());
                counters = rollup.map(RoundRollup::totals).orElse(Map.of());
                missingWeight = rollup.map(r -> missingWeights(r, e -> true).getOrDefault(indicator, List.of()))
                        .orElse(List.of());
            } else {
                counters = contributions.find(round.code(), agency).map(c -> c.applied().counters())
                        .orElse(Map.of());
            }
            IndicatorFigure figure = FigureRenderer.figure(definition.get(), counters, missingWeight);
            points.add(new TrendPoint(round.code(), round.title(), round.dataFrom(), round.dataTo(), figure.value(),
                    figure));
        }
        if (!indicatorKnown) {
            throw ApiException.notFound("problem.indicator.notfound", indicator, templateCode);
        }
        return points;
    }

    public Optional<Template> template(RoundRollup rollup, Optional<RoundInfo> info) {
        String key = rollup.templateKey() != null ? rollup.templateKey()
                : info.map(RoundInfo::templateKey).orElse(null);
        return catalogue.template(key);
    }

    public RoundRollup rollup(String round) {
        return rollups.find(round).orElseGet(() -> emptyRollup(round));
    }

    private RollupView provinceView(RoundRollup rollup, Optional<RoundInfo> info) {
        Optional<Template> template = template(rollup, info);
        Map<String, IndicatorFigure> indicators = template
                .map(t -> FigureRenderer.render(t, rollup.totals(), missingWeights(rollup, e -> true)))
                .orElse(Map.of());
        Map<String, KindRollup> byKind = new TreeMap<>();
        rollup.byKind().forEach((kind, counters) -> {
            long agencies = counters.getOrDefault(ContributionVector.AGENCIES, 0L);
            if (agencies > 0) {
                byKind.put(kind, new KindRollup(agencies, template.map(t -> FigureRenderer.render(t, counters,
                        missingWeights(rollup, e -> kind.equals(e.kind())))).orElse(Map.of())));
            }
        });
        List<AgencyRow> rows = rollup.agencies().values().stream()
                .sorted(Comparator.comparing(AgencyEntry::code)).map(AgencyRow::of).toList();
        Completeness completeness = Completeness.of(info.map(RoundInfo::expectedAgencies).orElse(List.of()),
                rollup.agencies());
        return new RollupView(rollup.round(), info.map(RoundInfo::title).orElse(null), rollup.asOf(),
                rollup.revision(), "PROVINCE", template.map(Template::code).orElse(null),
                template.map(Template::version).orElse(null), completeness, indicators, rows, byKind,
                outliers(rollup, e -> true));
    }

    private static Map<String, IndicatorFigure> ownFigures(Template template, Contribution c, AgencyEntry entry) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        if (entry != null) {
            entry.missingWeights().forEach(code -> missing.put(code, List.of(c.agency())));
        }
        return FigureRenderer.render(template, c.applied().counters(), missing);
    }

    private static Map<String, List<String>> missingWeights(RoundRollup rollup, Predicate<AgencyEntry> filter) {
        Map<String, List<String>> missing = new TreeMap<>();
        rollup.agencies().values().stream().filter(filter).sorted(Comparator.comparing(AgencyEntry::code))
                .forEach(e -> e.missingWeights()
                        .forEach(code -> missing.computeIfAbsent(code, k -> new ArrayList<>()).add(e.code())));
        return missing;
    }

    private static List<AgencyOutlier> outliers(RoundRollup rollup, Predicate<AgencyEntry> filter) {
        return rollup.agencies().values().stream().filter(filter).sorted(Comparator.comparing(AgencyEntry::code))
                .flatMap(e -> e.outliers().stream().map(o -> new AgencyOutlier(e.code(), o.indicator(), o.value(),
                        o.previous(), o.previousRound(), o.factor())))
                .toList();
    }

    private static RoundRollup emptyRollup(String round) {
        return new RoundRollup(round, 0, null, null, Map.of(), Map.of(), Map.of());
    }

    /** {@code checkedAt}: when the revision it was checked against was about to be read (never later). */
    private record CachedView(long revision, Optional<RoundInfo> round, RollupView view, GzippedBody body,
                              long checkedAt) {

        CachedView checkedAt(long nanos) {
            return new CachedView(revision, round, view, body, nanos);
        }
    }
}
