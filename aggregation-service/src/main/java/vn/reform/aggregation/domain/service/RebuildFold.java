package vn.reform.aggregation.domain.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.AppliedState;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.OutlierDetector;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.domain.RollupShard;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.RoundRollup;
import vn.reform.aggregation.domain.Template;

/**
 * A rebuild in memory: folds the replayed events with the same rules as the live path (latest catalogue state
 * by {@code occurredAt}, {@link Contribution#apply} for report events), then computes every contribution's
 * target and sums them into round rollups, ready to be written in bulk. Since the live rollups are the sum of
 * the latest contributions, both give the same figures, only far faster than one event at a time.
 */
public class RebuildFold implements EventSink, CatalogueLookup {

    private final OutlierDetector outliers;
    private final int shards;
    private final Map<String, Dated<AgencyInfo>> agencies = new HashMap<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Map<String, Dated<RoundInfo>> rounds = new HashMap<>();
    private final Map<String, Contribution> contributions = new LinkedHashMap<>();

    public RebuildFold(OutlierDetector outliers, int shards) {
        this.outliers = outliers;
        this.shards = shards;
    }

    /** A catalogue state with the time it occurred (the newer one wins, as in the store). */
    public record Dated<T>(T value, Instant occurredAt) {
    }

    /** The read model to write. */
    public record Result(List<Dated<AgencyInfo>> agencies, List<Template> templates, List<Dated<RoundInfo>> rounds,
                         List<Contribution> contributions, List<RollupShard> rollups) {
    }

    @Override
    public void agencyChanged(AgencyInfo agency, Instant occurredAt) {
        agencies.merge(agency.code(), new Dated<>(agency, occurredAt),
                (old, now) -> now.occurredAt().isBefore(old.occurredAt()) ? old : now);
    }

    @Override
    public void templatePublished(Template template) {
        templates.putIfAbsent(template.key(), template);
    }

    @Override
    public void roundChanged(RoundInfo round, Instant occurredAt) {
        rounds.merge(round.code(), new Dated<>(round, occurredAt),
                (old, now) -> now.occurredAt().isBefore(old.occurredAt()) ? old : now);
    }

    @Override
    public void report(ReportEvent event) {
        String id = Contribution.id(event.round(), event.agency());
        Contribution current = contributions.getOrDefault(id, Contribution.empty(event.round(), event.agency()));
        current.apply(event).ifPresent(next -> contributions.put(id, next));
    }

    public Result result(Instant asOf) {
        Map<String, RollupSum> sums = new LinkedHashMap<>();
        List<Contribution> applied = new ArrayList<>();
        for (Contribution c : contributions.values()) {
            ContributionTarget target = ContributionTarget.of(c, this, outliers);
            AppliedState state = new AppliedState(1, target.kind(), target.vector().counters());
            applied.add(c.withRollupState(state, null));
            int shard = RollupShard.of(c.agency(), shards);
            sums.computeIfAbsent(c.round() + "#" + shard, k -> new RollupSum(c.round(), shard)).add(target.entry().withRev(1), state,
                    target.templateKey());
        }
        return new Result(List.copyOf(agencies.values()), List.copyOf(templates.values()),
                List.copyOf(rounds.values()), applied, sums.values().stream().map(s -> s.rollup(asOf)).toList());
    }

    @Override
    public Optional<AgencyInfo> agency(String code) {
        return Optional.ofNullable(agencies.get(code)).map(Dated::value);
    }

    @Override
    public Optional<RoundInfo> round(String code) {
        return Optional.ofNullable(rounds.get(code)).map(Dated::value);
    }

    @Override
    public Optional<Template> template(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    @Override
    public Optional<RoundInfo> previousRound(RoundInfo round) {
        if (round.dataTo() == null) {
            return Optional.empty();
        }
        return rounds.values().stream().map(Dated::value)
                .filter(r -> java.util.Objects.equals(r.templateCode(), round.templateCode()))
                .filter(r -> r.dataTo() != null && r.dataTo().isBefore(round.dataTo()))
                .max(Comparator.comparing(RoundInfo::dataTo));
    }

    @Override
    public Optional<Contribution> contribution(String round, String agency) {
        return Optional.ofNullable(contributions.get(Contribution.id(round, agency)));
    }

    /** Running sums of one round. */
    private static final class RollupSum {
        private final String round;
        private final int shard;
        private final Map<String, AgencyEntry> entries = new LinkedHashMap<>();
        private final Map<String, Long> totals = new HashMap<>();
        private final Map<String, Map<String, Long>> byKind = new HashMap<>();
        private String templateKey;

        RollupSum(String round, int shard) {
            this.round = round;
            this.shard = shard;
        }

        void add(AgencyEntry entry, AppliedState state, String key) {
            entries.put(entry.code(), entry);
            state.counters().forEach((k, v) -> totals.merge(k, v, Long::sum));
            Map<String, Long> kind = byKind.computeIfAbsent(state.kind(), k -> new HashMap<>());
            state.counters().forEach((k, v) -> kind.merge(k, v, Long::sum));
            if (key != null) {
                templateKey = key;
            }
        }

        RollupShard rollup(Instant asOf) {
            return new RollupShard(shard, new RoundRollup(round, entries.size(), asOf, templateKey, entries, totals,
                    byKind));
        }
    }
}
