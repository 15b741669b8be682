package uk.bcf.ledger.query.spc;

import java.util.Objects;

/**
 * One observation of a metric plotted on an XmR chart.
 *
 * @param period the period code the value belongs to, such as the month {@code 2019-04}
 * @param value the observed value; must be finite
 */
public record SpcPoint(String period, double value) {

    /** Refuses a missing period and a value that is not a finite number. */
    public SpcPoint {
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("The value of " + period + " must be a finite number, got " + value);
        }
    }
}
