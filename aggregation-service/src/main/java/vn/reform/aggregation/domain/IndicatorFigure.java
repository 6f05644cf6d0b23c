package vn.reform.aggregation.domain;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One indicator's rolled-up figure. {@code value}: the sum for SUM, the recomputed ratio (0..1) for RATIO (with
 * numerator/denominator and percent), the weighted mean for WEIGHTED_MEAN, the count of yes for COUNT_TRUE,
 * {option: count} for DISTRIBUTION, the number of documents for COUNT_ITEMS. {@code reported}: agencies that gave it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorFigure(String rule, Object value, long reported, BigDecimal numerator,
                              BigDecimal denominator, BigDecimal percent, Map<String, BigDecimal> parts,
                              WeightCoverage coverage) {
}
