package vn.reform.submission.domain.validation;

import java.math.BigDecimal;
import java.util.Map;

/** Numbers are stored as Long when integral, Double otherwise: plain JSON and BSON types, exact for counts. */
public final class Numbers {

    private Numbers() {
    }

    public static Object normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return stripped.longValueExact();
        }
        return value.doubleValue();
    }

    /** The number a stored value stands for in a rule: the value itself, or the total of a value with parts. */
    public static BigDecimal numericValue(Object stored) {
        if (stored instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (stored instanceof Map<?, ?> map && map.get("total") instanceof Number total) {
            return new BigDecimal(total.toString());
        }
        return null;
    }
}
