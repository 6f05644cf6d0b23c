package vn.reform.aggregation.domain.service;

import java.util.Optional;

import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;

/**
 * What computing one agency's contribution needs to look up: backed by the stores when live, by memory during a
 * rebuild, so that both compute exactly the same thing.
 */
public interface CatalogueLookup {

    Optional<AgencyInfo> agency(String code);

    Optional<RoundInfo> round(String code);

    Optional<Template> template(String key);

    /** The same template's round whose data window ends last before this one's. */
    Optional<RoundInfo> previousRound(RoundInfo round);

    Optional<Contribution> contribution(String round, String agency);
}
