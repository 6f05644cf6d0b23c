package vn.reform.aggregation.api.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.reform.aggregation.domain.Completeness;
import vn.reform.aggregation.domain.IndicatorFigure;

/**
 * GET /api/rollups/{round}: api.md's shape ({round, asOf, completeness, indicators, agencies}) plus the template,
 * the split by agency kind and the outliers. {@code scope} is PROVINCE, or AGENCY for an agency's own view
 * (then completeness, byKind are absent and indicators are the agency's own figures).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RollupView(String round, String title, Instant asOf, long revision, String scope,
                         String templateCode, Integer templateVersion, Completeness completeness,
                         Map<String, IndicatorFigure> indicators, List<AgencyRow> agencies,
                         Map<String, KindRollup> byKind, List<AgencyOutlier> outliers) {
}
