package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Actual minus plan, from the exact values, rounded half up to the metric's published decimals, and as a
 * percentage of the plan rounded half up to one decimal (none when the plan is zero).
 *
 * @param amount  the rounded difference, or null
 * @param percent the rounded percentage, or null
 */
record Variance(BigDecimal amount, BigDecimal percent) {

    static final Variance NONE = new Variance(null, null);

    private static final int PERCENT_DECIMALS = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Variance between(BigDecimal actual, BigDecimal plan, int decimals) {
        BigDecimal difference = actual.subtract(plan);
        BigDecimal percent = plan.signum() == 0
                ? null
                : difference
                        .multiply(HUNDRED)
                        .divide(plan, MathContext.DECIMAL64)
                        .setScale(PERCENT_DECIMALS, RoundingMode.HALF_UP);
        return new Variance(difference.setScale(decimals, RoundingMode.HALF_UP), percent);
    }
}
