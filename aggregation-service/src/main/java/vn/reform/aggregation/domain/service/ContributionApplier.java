package vn.reform.aggregation.domain.service;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.AppliedState;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.OutlierDetector;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;
import vn.reform.aggregation.persistence.RollupStore;

/**
 * Brings a round rollup in line with one agency's stored contribution, exactly once, without multi-document
 * transactions:
 * <ol>
 * <li>the contribution records the target as {@code pending} (revision {@code applied.rev + 1}), in the same
 * write as the report event that caused it where there is one;</li>
 * <li>the rollup applies {@code pending - applied} with one update guarded by the agency entry's revision;</li>
 * <li>the contribution promotes {@code pending} to {@code applied}.</li>
 * </ol>
 * A crash between steps is settled on the next run by comparing the rollup's revision with the pending one (equal:
 * promote it; still the applied one: apply it, or first replace it if the contribution changed since), so a
 * redelivered event never applies a delta twice. Running it again with nothing changed writes nothing.
 */
@Service
public class ContributionApplier {

    private static final int MAX_ATTEMPTS = 20;

    private final ContributionStore contributions;
    private final RollupStore rollups;
    private final CatalogueStore catalogue;
    private final KeyLocks locks;
    private final OutlierDetector outlierDetector;
    private final CatalogueLookup lookup;

    public ContributionApplier(ContributionStore contributions, RollupStore rollups, CatalogueStore catalogue,
                               KeyLocks locks, AggregationProperties properties) {
        this.contributions = contributions;
        this.rollups = rollups;
        this.catalogue = catalogue;
        this.locks = locks;
        this.outlierDetector = new OutlierDetector(properties.outlierFactor());
        this.lookup = new StoreLookup(catalogue, contributions);
    }

    /** Reconciles the agency's contribution to the round after this one (whose outliers use this round's values). */
    public void reconcileFollower(String round, String agency) {
        catalogue.round(round).flatMap(catalogue::nextRound)
                .ifPresent(next -> reconcile(next.code(), agency));
    }

    public void reconcile(String round, String agency) {
        reconcile(round, agency, null);
    }

    /**
     * Reconciles the contribution, starting from {@code justStored} (what the caller has just written) instead of
     * reading it back; null: read it. A stale start is caught by the same guards as a stale read (the rollup entry's
     * revision, the contribution's docVersion). The target is always computed afresh: a catalogue change (a round
     * placed before this one) may have landed since the caller computed the pending update.
     */
    public void reconcile(String round, String agency, Contribution justStored) {
        locks.withLock(Contribution.id(round, agency), () -> {
            reconcileLocked(round, agency, justStored);
            return null;
        });
    }

    private void reconcileLocked(String round, String agency, Contribution justStored) {
        if (justStored != null && applyAssumingInLine(round, justStored)) {
            return;
        }
        Contribution known = justStored;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Contribution c;
            if (known != null) {
                c = known;
                known = null;
            } else {
                Optional<Contribution> found = contributions.find(round, agency);
                if (found.isEmpty()) {
                    return;
                }
                c = found.get();
            }
            AgencyEntry current = rollups.entry(round, agency).orElse(null);
            long rollupRev = current == null ? 0 : current.rev();
            AppliedState pending = c.pending();
            if (pending != null && rollupRev == pending.rev()) {
                Contribution promoted = c.withRollupState(pending, null); // applied, not yet promoted
                known = contributions.save(promoted) ? promoted.stored() : null;
                continue;
            }
            if (rollupRev != c.applied().rev()) {
                throw new IllegalStateException("rollup entry " + c.id() + " is at revision " + rollupRev
                        + " but the contribution applied revision " + c.applied().rev());
            }
            ContributionTarget target = ContributionTarget.of(c, lookup, outlierDetector);
            if (pending == null && current != null && current.equals(target.entry().withRev(rollupRev))
                    && Objects.equals(target.kind(), c.applied().kind())
                    && target.vector().counters().equals(c.applied().counters())) {
                return;
            }
            AppliedState wanted = pendingFor(c, target);
            if (!wanted.equals(pending)) {
                Contribution recorded = c.withRollupState(c.applied(), wanted); // (re)record what is to be applied
                known = contributions.save(recorded) ? recorded.stored() : null;
                continue;
            }
            boolean applied = rollups.apply(round, target.entry().withRev(pending.rev()), rollupRev,
                    increments(c.applied(), pending), target.templateKey());
            if (applied && contributions.save(c.withRollupState(pending, null))) {
                return;
            }
        }
        throw new ConcurrentUpdateException("could not apply contribution " + Contribution.id(round, agency));
    }

    /**
     * The common case without reading the rollup entry first: the contribution was just written with its pending
     * update, and that update is still what the contribution should contribute. The update is applied guarded by
     * the entry's revision being the contribution's applied one, then promoted. False, having changed nothing,
     * when any of that does not hold (nothing pending, a newer target, the entry at another revision: a crash
     * between the steps, or another run): the caller then reads the entry and settles it step by step.
     */
    private boolean applyAssumingInLine(String round, Contribution c) {
        AppliedState pending = c.pending();
        if (pending == null) {
            return false;
        }
        ContributionTarget target = ContributionTarget.of(c, lookup, outlierDetector);
        if (!pendingFor(c, target).equals(pending)) {
            return false;
        }
        return rollups.apply(round, target.entry().withRev(pending.rev()), c.applied().rev(),
                increments(c.applied(), pending), target.templateKey())
                && contributions.save(c.withRollupState(pending, null));
    }

    /**
     * The contribution with its next rollup update recorded as {@code pending}, ready to be stored in the same write
     * as the event that caused it (saves a write per event). Left unchanged while an earlier update is pending.
     */
    public Contribution withPendingUpdate(Contribution c) {
        if (c.pending() != null) {
            return c;
        }
        return c.withRollupState(c.applied(), pendingFor(c, ContributionTarget.of(c, lookup, outlierDetector)));
    }

    private static AppliedState pendingFor(Contribution c, ContributionTarget target) {
        return new AppliedState(c.applied().rev() + 1, target.kind(), target.vector().counters());
    }

    static Map<String, Long> increments(AppliedState before, AppliedState after) {
        Map<String, Long> inc = new TreeMap<>();
        after.vector().minus(before.vector()).forEach((k, v) -> inc.put("totals." + k, v));
        if (Objects.equals(before.kind(), after.kind())) {
            after.vector().minus(before.vector()).forEach((k, v) -> inc.put("byKind." + after.kind() + "." + k, v));
        } else {
            if (before.kind() != null) {
                before.counters().forEach((k, v) -> inc.merge("byKind." + before.kind() + "." + k, -v, Long::sum));
            }
            after.counters().forEach((k, v) -> inc.merge("byKind." + after.kind() + "." + k, v, Long::sum));
        }
        inc.values().removeIf(v -> v == 0L);
        return inc;
    }

}
