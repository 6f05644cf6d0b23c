package vn.reform.aggregation.api.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import vn.reform.aggregation.api.ApiException;
import vn.reform.aggregation.api.RollupReader;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.RoundRollup;
import vn.reform.aggregation.domain.Template;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;

/**
 * Gathers a round's export: the province figures from the rollup document, each agency's latest values from
 * its contribution (an export, unlike a rollup read, needs every agency's values), names from the catalogue.
 */
@Component
public class ExportDataLoader {

    private final RollupReader reader;
    private final CatalogueStore catalogue;
    private final ContributionStore contributions;

    public ExportDataLoader(RollupReader reader, CatalogueStore catalogue, ContributionStore contributions) {
        this.reader = reader;
        this.catalogue = catalogue;
        this.contributions = contributions;
    }

    ExportData load(String round) {
        Optional<RoundInfo> info = catalogue.round(round);
        RoundRollup rollup = reader.rollup(round);
        if (info.isEmpty() && rollup.agencies().isEmpty()) {
            throw ApiException.notFound("problem.round.notfound", round);
        }
        Template template = reader.template(rollup, info)
                .orElseThrow(() -> ApiException.conflict("problem.export.notemplate", round));
        Map<String, Contribution> byAgency = new LinkedHashMap<>();
        contributions.findByRound(round).forEach(c -> byAgency.put(c.agency(), c));
        Set<String> codes = new LinkedHashSet<>(info.map(RoundInfo::expectedAgencies).orElse(List.of()));
        byAgency.values().stream().filter(Contribution::hasValues).forEach(c -> codes.add(c.agency()));
        Map<String, AgencyInfo> names = catalogue.agencies(codes);
        List<ExportData.Agency> agencies = new ArrayList<>();
        for (String code : codes) {
            AgencyInfo agency = names.get(code);
            agencies.add(new ExportData.Agency(code, agency == null || agency.name() == null ? code : agency.name(),
                    agency == null ? AgencyInfo.UNKNOWN_KIND : agency.kind(), byAgency.get(code)));
        }
        Collator collator = Collator.getInstance(new ULocale("vi"));
        agencies.sort(Comparator.comparing(ExportData.Agency::name, collator::compare)
                .thenComparing(ExportData.Agency::code));
        return new ExportData(round, info.orElse(null), template, reader.province(round).indicators(), agencies);
    }
}
