package vn.reform.aggregation.api.view;

import java.math.BigDecimal;

/** An outlier in a rollup: which agency, which indicator, now and before. */
public record AgencyOutlier(String agency, String indicator, BigDecimal value, BigDecimal previous,
                            String previousRound, BigDecimal factor) {
}
