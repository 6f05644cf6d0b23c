package vn.reform.aggregation.domain;

import java.math.BigDecimal;

/** A value that moved by more than the configured factor against the same agency's previous round. */
public record Outlier(String indicator, BigDecimal value, BigDecimal previous, String previousRound,
                      BigDecimal factor) {
}
