package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.command.rules.PlausibleBounds;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The whole-number parts of a measurement: counts, numerators and denominators, within {@link PlausibleBounds},
 * refused naming their field.
 */
final class Counts {

    private Counts() {}

    static long wholeNonNegative(String field, BigDecimal value, MetricDefinition metric) {
        if (value == null) {
            throw Refusal.invalid(field, "is required for " + metric.code());
        }
        if (value.signum() < 0) {
            throw Refusal.invalid(field, "must not be negative");
        }
        if (value.compareTo(PlausibleBounds.MAX_VALUE) > 0) {
            throw Refusal.invalid(
                    field,
                    "must be at most 1,000,000,000 (10^9); " + value.toPlainString() + " is not a plausible figure");
        }
        try {
            return PlausibleBounds.count(field, value.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException e) {
            throw Refusal.invalid(field, "must be a whole number of " + metric.unit());
        }
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw Refusal.invalid(field, "must not be negative");
        }
        return PlausibleBounds.count(field, value);
    }

    static long positive(String field, Long value) {
        if (value == null) {
            throw Refusal.invalid(field, "is required");
        }
        if (value <= 0) {
            throw Refusal.invalid(field, "must be greater than 0");
        }
        return PlausibleBounds.count(field, value);
    }
}
