package vn.reform.aggregation.domain;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/** Reads agency values in the shapes of api.md (numbers, {total, parts}, {numerator, denominator}). */
public final class IndicatorValues {

    private IndicatorValues() {
    }

    /** A plain number, or the total of a value with parts; null when absent or not numeric. */
    public static BigDecimal amount(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isObject() && value.path("total").isNumber()) {
            return value.path("total").decimalValue();
        }
        return null;
    }

    public static BigDecimal number(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    public static boolean present(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode();
    }

    /**
     * The single figure of one agency's value that is compared across rounds: the amount for sums and weighted
     * percentages, the ratio for ratios, the number of documents for lists; null where no such figure exists.
     */
    public static BigDecimal comparable(Indicator indicator, JsonNode value) {
        if (!present(value)) {
            return null;
        }
        return switch (indicator.rule()) {
            case SUM, WEIGHTED_MEAN -> amount(value);
            case RATIO -> {
                BigDecimal num = number(value.path("numerator"));
                BigDecimal den = number(value.path("denominator"));
                yield num == null || den == null || den.signum() == 0 ? null
                        : num.divide(den, 6, java.math.RoundingMode.HALF_UP);
            }
            case COUNT_ITEMS -> value.isArray() ? BigDecimal.valueOf(value.size()) : null;
            default -> null;
        };
    }
}
