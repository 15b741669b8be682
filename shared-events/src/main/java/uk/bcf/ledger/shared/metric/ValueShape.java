package uk.bcf.ledger.shared.metric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What a metric's figures are made of and how its value in the metric's unit follows from them.
 * Counts are whole numbers; rates, percentages and means are computed from a numerator and a denominator where
 * those are given, so a published figure can be checked against its own components.
 */
public enum ValueShape {
    /** A plain count such as admissions or delayed days. */
    COUNT(null),
    /** A count of events per 100,000 people of a population age band (numerator ÷ population × 100,000). */
    RATE_PER_100K(new BigDecimal(100_000)),
    /** A proportion shown as a percentage (numerator ÷ denominator × 100). */
    PERCENTAGE(new BigDecimal(100)),
    /** An average such as days per discharge: a total (numerator) ÷ a count of cases (denominator), scale 1. */
    MEAN(BigDecimal.ONE);

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final BigDecimal scale;

    ValueShape(BigDecimal scale) {
        this.scale = scale;
    }

    /** True when figures of this shape are a numerator over a denominator. */
    public boolean isRatio() {
        return scale != null;
    }

    /** The unrounded value in the metric's unit: the count itself, or numerator ÷ denominator × scale. */
    public BigDecimal valueOf(BigDecimal numerator, BigDecimal denominator) {
        if (!isRatio()) {
            return numerator;
        }
        return numerator.multiply(scale).divide(denominator, PRECISION);
    }
}
