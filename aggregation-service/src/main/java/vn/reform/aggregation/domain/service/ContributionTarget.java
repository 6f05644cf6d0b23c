package vn.reform.aggregation.domain.service;

import java.util.List;
import java.util.Optional;

import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.ContributionVector;
import vn.reform.aggregation.domain.Outlier;
import vn.reform.aggregation.domain.OutlierDetector;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;

/**
 * What the round rollup should hold for one agency's contribution: its counters (under its kind) and its entry
 * (status, flags, outliers against its previous round). {@code entry.rev} is left 0 for the caller to set.
 */
public record ContributionTarget(AgencyEntry entry, ContributionVector vector, String kind, String templateKey) {

    public static ContributionTarget of(Contribution c, CatalogueLookup lookup, OutlierDetector outliers) {
        String kind = lookup.agency(c.agency()).map(AgencyInfo::kind).orElse(AgencyInfo.UNKNOWN_KIND);
        Optional<RoundInfo> round = lookup.round(c.round());
        String templateKey = c.templateKey() != null ? c.templateKey()
                : round.map(RoundInfo::templateKey).orElse(null);
        Optional<Template> template = templateKey == null ? Optional.empty() : lookup.template(templateKey);
        ContributionVector vector = ContributionVector.empty();
        List<Outlier> flagged = List.of();
        if (c.hasValues() && template.isPresent()) {
            vector = ContributionVector.of(template.get(), c.values());
            flagged = round.flatMap(lookup::previousRound)
                    .flatMap(previous -> lookup.contribution(previous.code(), c.agency()))
                    .filter(Contribution::hasValues)
                    .map(previous -> outliers.detect(template.get(), c.values(), previous.values(), previous.round()))
                    .orElse(List.of());
        }
        AgencyEntry entry = new AgencyEntry(c.agency(), c.status() == null ? null : c.status().name(),
                c.version(), c.submittedAt(), c.late(), c.hasValues(), kind, 0,
                c.hasValues() && template.isEmpty(), vector.missingWeights(), flagged, c.returnReason());
        return new ContributionTarget(entry, vector, kind, templateKey);
    }
}
