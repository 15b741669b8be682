package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Checks a supplied measurement against the metric's value shape and brings it to its canonical form: a count
 * as {@code value}; a rate as {@code numerator} (the count) with an optional explicit {@code denominator};
 * a percentage as {@code numerator} over {@code denominator}; an average as its total ({@code numerator}) over its
 * cases ({@code denominator}); a daily-rate plan as {@code perDay}.
 */
final class MeasurementPolicy {

    private MeasurementPolicy() {}

    static Measurement actual(MetricDefinition metric, Measurement supplied) {
        if (supplied.perDay() != null) {
            throw Refusal.invalid("perDay", "a daily rate can only be given for a plan");
        }
        return canonical(metric, supplied);
    }

    static Measurement plan(MetricDefinition metric, Measurement supplied) {
        if (supplied.perDay() == null) {
            return canonical(metric, supplied);
        }
        if (!metric.dailyRatePlans()) {
            throw Refusal.invalid("perDay", metric.code() + " plans cannot be given per day");
        }
        if (supplied.value() != null || supplied.numerator() != null || supplied.denominator() != null) {
            throw Refusal.invalid("perDay", "give either perDay or a value, not both");
        }
        if (supplied.perDay().signum() <= 0) {
            throw Refusal.invalid("perDay", "must be greater than 0");
        }
        BigDecimal perDay = supplied.perDay().stripTrailingZeros();
        return Measurement.perDay(perDay.scale() < 0 ? perDay.setScale(0) : perDay);
    }

    private static Measurement canonical(MetricDefinition metric, Measurement supplied) {
        return switch (metric.shape()) {
            case COUNT -> count(metric, supplied);
            case RATE_PER_100K -> rate(metric, supplied);
            case PERCENTAGE -> percentage(metric, supplied);
            case MEAN -> mean(metric, supplied);
        };
    }

    private static Measurement count(MetricDefinition metric, Measurement supplied) {
        if (supplied.numerator() != null || supplied.denominator() != null) {
            throw Refusal.invalid("numerator", metric.code() + " is a count: give value, not numerator/denominator");
        }
        return Measurement.count(wholeNonNegative("value", supplied.value(), metric));
    }

    private static Measurement rate(MetricDefinition metric, Measurement supplied) {
        if (supplied.value() != null && supplied.numerator() != null) {
            throw Refusal.invalid(
                    "value",
                    "for a rate, value is the count of " + metric.unit() + "; give value or numerator, not both");
        }
        long count = supplied.numerator() != null
                ? nonNegative("numerator", supplied.numerator())
                : wholeNonNegative("value", supplied.value(), metric);
        if (supplied.denominator() == null) {
            return Measurement.events(count);
        }
        return Measurement.ratio(count, positive("denominator", supplied.denominator()));
    }

    private static Measurement percentage(MetricDefinition metric, Measurement supplied) {
        if (supplied.value() != null) {
            throw Refusal.invalid("value", metric.code() + " is a proportion: give numerator and denominator");
        }
        if (supplied.numerator() == null) {
            throw Refusal.invalid("numerator", "is required for " + metric.code());
        }
        long numerator = nonNegative("numerator", supplied.numerator());
        long denominator = positive("denominator", supplied.denominator());
        if (numerator > denominator) {
            throw Refusal.invalid(
                    "numerator", "must not exceed the denominator (" + numerator + " > " + denominator + ")");
        }
        return Measurement.ratio(numerator, denominator);
    }

    private static Measurement mean(MetricDefinition metric, Measurement supplied) {
        if (supplied.value() != null) {
            throw Refusal.invalid("value", metric.code() + " is an average: give numerator (total) and denominator");
        }
        if (supplied.numerator() == null) {
            throw Refusal.invalid("numerator", "is required for " + metric.code());
        }
        return Measurement.ratio(
                nonNegative("numerator", supplied.numerator()), positive("denominator", supplied.denominator()));
    }

    private static long wholeNonNegative(String field, BigDecimal value, MetricDefinition metric) {
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

    private static long nonNegative(String field, long value) {
        if (value < 0) {
            throw Refusal.invalid(field, "must not be negative");
        }
        return value;
    }

    private static long positive(String field, Long value) {
        if (value == null) {
            throw Refusal.invalid(field, "is required");
        }
        if (value <= 0) {
            throw Refusal.invalid(field, "must be greater than 0");
        }
        return value;
    }
}
