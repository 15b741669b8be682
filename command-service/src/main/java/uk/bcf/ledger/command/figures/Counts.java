package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/** The whole-number parts of a measurement: counts, numerators and denominators, refused naming their field. */
final class Counts {

    private Counts() {}

    static long wholeNonNegative(String field, BigDecimal value, MetricDefinition metric) {
        if (value == null) {
            throw Refusal.invalid(field, "is required for " + metric.code());
        }
        if (value.signum() < 0) {
            throw Refusal.invalid(field, "must not be negative");
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw Refusal.invalid(field, "must be a whole number of " + metric.unit());
        }
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw Refusal.invalid(field, "must not be negative");
        }
        return value;
    }

    static long positive(String field, Long value) {
        if (value == null) {
            throw Refusal.invalid(field, "is required");
        }
        if (value <= 0) {
            throw Refusal.invalid(field, "must be greater than 0");
        }
        return value;
    }
}
