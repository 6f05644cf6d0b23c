package vn.reform.aggregation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How much of a weighted percentage is backed by a weight: {@code weighted} agencies gave both the percentage and
 * its weight, {@code missingWeight} lists those that gave the percentage alone (left out of the mean).
 */
public record WeightCoverage(long weighted, long reported, BigDecimal weight, List<String> missingWeight) {
}
