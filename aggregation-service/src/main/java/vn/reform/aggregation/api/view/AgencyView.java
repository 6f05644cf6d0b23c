package vn.reform.aggregation.api.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.domain.IndicatorFigure;
import vn.reform.aggregation.domain.Outlier;

/** GET /api/rollups/{round}/agencies/{agency}: one agency's latest report, its figures and its outliers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyView(String round, String agency, String name, String kind, String status, Integer version,
                         Instant submittedAt, boolean late, String documentNumber, String signer,
                         String returnReason, JsonNode values, Map<String, String> narrative,
                         Map<String, IndicatorFigure> indicators, List<Outlier> outliers) {
}
