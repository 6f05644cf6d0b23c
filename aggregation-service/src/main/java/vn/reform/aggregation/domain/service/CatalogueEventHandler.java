package vn.reform.aggregation.domain.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;

/**
 * Keeps the catalogue and re-applies the contributions a catalogue change affects, so that the result does not
 * depend on the order in which topics arrive: a template published after its reports computes them, an agency's
 * kind moves its figures to the right split, a round's window re-evaluates outliers in it and in the next round.
 */
@Service
public class CatalogueEventHandler {

    private final CatalogueStore catalogue;
    private final ContributionStore contributions;
    private final ContributionApplier applier;

    public CatalogueEventHandler(CatalogueStore catalogue, ContributionStore contributions,
                                 ContributionApplier applier) {
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.applier = applier;
    }

    public void agencyChanged(AgencyInfo agency, Instant occurredAt) {
        Optional<AgencyInfo> before = catalogue.agency(agency.code());
        if (catalogue.saveAgency(agency, occurredAt)
                && !before.map(AgencyInfo::kind).equals(Optional.ofNullable(agency.kind()))) {
            contributions.findByAgency(agency.code()).forEach(this::reconcile);
        }
    }

    public void templatePublished(Template template) {
        catalogue.saveTemplate(template);
        // also after a redelivery: re-applying is a no-op where nothing changed
        contributions.findByTemplateKey(template.key()).forEach(this::reconcile);
    }

    public void roundChanged(RoundInfo round, Instant occurredAt) {
        Optional<RoundInfo> before = catalogue.round(round.code());
        if (!catalogue.saveRound(round, occurredAt)) {
            return;
        }
        boolean placementChanged = before.isEmpty()
                || !Objects.equals(before.get().dataTo(), round.dataTo())
                || !Objects.equals(before.get().templateKey(), round.templateKey());
        if (placementChanged) {
            contributions.findByRound(round.code()).forEach(this::reconcile);
            catalogue.nextRound(round).ifPresent(next -> contributions.findByRound(next.code())
                    .forEach(this::reconcile));
        }
    }

    private void reconcile(Contribution c) {
        applier.reconcile(c.round(), c.agency());
    }
}
