package vn.reform.aggregation.api.export;

import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.domain.IndicatorFigure;

/** One figure column: its header, the cell of an agency (from its values) and of the province (from its figure). */
record TableColumn(String indicator, String header, Function<JsonNode, Object> agencyCell,
                   Function<IndicatorFigure, Object> totalCell) {
}
