package vn.reform.aggregation.domain.service;

import java.util.Optional;

import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;

/** The live lookup: the catalogue and contributions as stored. */
record StoreLookup(CatalogueStore catalogue, ContributionStore contributions) implements CatalogueLookup {

    @Override
    public Optional<AgencyInfo> agency(String code) {
        return catalogue.agency(code);
    }

    @Override
    public Optional<RoundInfo> round(String code) {
        return catalogue.round(code);
    }

    @Override
    public Optional<Template> template(String key) {
        return catalogue.template(key);
    }

    @Override
    public Optional<RoundInfo> previousRound(RoundInfo round) {
        return catalogue.previousRound(round);
    }

    @Override
    public Optional<Contribution> contribution(String round, String agency) {
        return contributions.find(round, agency);
    }
}
