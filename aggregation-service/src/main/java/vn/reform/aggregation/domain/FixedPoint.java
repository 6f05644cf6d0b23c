package vn.reform.aggregation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are kept as longs scaled by 10^4 so that running totals are exact and independent of the order in
 * which contributions are added and replaced (a rebuild in another order yields the same sums).
 */
public final class FixedPoint {

    public static final int DECIMALS = 4;

    private FixedPoint() {
    }

    public static long scale(BigDecimal value) {
        return value.movePointRight(DECIMALS).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal unscale(long scaled) {
        return normalise(BigDecimal.valueOf(scaled, DECIMALS));
    }

    /** Drops trailing zeros without switching to exponent notation (100, not 1E+2). */
    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** a / b rounded to the given decimals, or null when b is zero. */
    public static BigDecimal divide(long a, long b, int decimals) {
        if (b == 0) {
            return null;
        }
        return normalise(BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), decimals, RoundingMode.HALF_UP));
    }
}
