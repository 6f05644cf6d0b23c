package vn.reform.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Flags a figure that grew or shrank by more than {@code factor} times against the same agency's previous round
 * of the same template. Only figures that are positive in both rounds are compared (a move from or to zero has
 * no ratio).
 */
public final class OutlierDetector {

    private final BigDecimal factor;

    public OutlierDetector(BigDecimal factor) {
        if (factor == null || factor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("outlier factor must be greater than 1");
        }
        this.factor = factor;
    }

    public List<Outlier> detect(Template template, JsonNode current, JsonNode previous, String previousRound) {
        List<Outlier> outliers = new ArrayList<>();
        if (current == null || previous == null) {
            return outliers;
        }
        for (Indicator indicator : template.figures()) {
            BigDecimal now = IndicatorValues.comparable(indicator, current.get(indicator.code()));
            BigDecimal before = IndicatorValues.comparable(indicator, previous.get(indicator.code()));
            if (now == null || before == null || now.signum() <= 0 || before.signum() <= 0) {
                continue;
            }
            BigDecimal change = now.divide(before, 4, RoundingMode.HALF_UP);
            BigDecimal inverse = before.divide(now, 4, RoundingMode.HALF_UP);
            if (change.compareTo(factor) > 0 || inverse.compareTo(factor) > 0) {
                outliers.add(new Outlier(indicator.code(), FixedPoint.normalise(now),
                        FixedPoint.normalise(before), previousRound, FixedPoint.normalise(change)));
            }
        }
        return outliers;
    }
}
