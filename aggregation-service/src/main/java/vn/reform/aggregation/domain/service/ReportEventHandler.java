package vn.reform.aggregation.domain.service;

import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.persistence.ContributionStore;

/**
 * Applies a report event to the agency's contribution (ignoring one already applied: same event id, or a
 * sequence not higher than stored), then brings the round rollup in line. A duplicate still runs the
 * reconciliation, which finishes the work of an earlier delivery that stopped half-way.
 */
@Service
public class ReportEventHandler {

    private static final int MAX_ATTEMPTS = 20;

    private final ContributionStore contributions;
    private final ContributionApplier applier;
    private final KeyLocks locks;

    public ReportEventHandler(ContributionStore contributions, ContributionApplier applier, KeyLocks locks) {
        this.contributions = contributions;
        this.applier = applier;
        this.locks = locks;
    }

    public void handle(ReportEvent event) {
        boolean valuesChanged = locks.withLock(Contribution.id(event.round(), event.agency()), () -> {
            Optional<Stored> stored = store(event);
            applier.reconcile(event.round(), event.agency(), stored.map(Stored::contribution).orElse(null));
            return stored.map(Stored::valuesChanged).orElse(false);
        });
        if (valuesChanged) {
            // outside this agency's lock: the follower's lock is another stripe, taken on its own
            applier.reconcileFollower(event.round(), event.agency());
        }
    }

    /** The event's effect on the contribution, as stored (empty when the event was already applied). */
    private Optional<Stored> store(ReportEvent event) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Contribution current = contributions.find(event.round(), event.agency())
                    .orElse(Contribution.empty(event.round(), event.agency()));
            Optional<Contribution> next = current.apply(event);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Contribution prepared = applier.withPendingUpdate(next.get());
            if (contributions.save(prepared)) {
                return Optional.of(new Stored(prepared.stored(),
                        next.get().valuesSequence() != current.valuesSequence()));
            }
        }
        throw new ConcurrentUpdateException("could not store " + event.type() + " " + event.eventId());
    }

    private record Stored(Contribution contribution, boolean valuesChanged) {
    }
}
