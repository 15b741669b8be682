package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Checks a supplied measurement against the metric's value shape and brings it to its canonical form, accepting a
 * figure in every form documents print it (ADR 15):
 * <ul>
 *   <li>a count as {@code value};</li>
 *   <li>a rate per 100,000 as its count ({@code value} or {@code numerator}) with an optional explicit
 *       {@code denominator}, or as printed ({@code rate}); a standardised rate only as printed, optionally with its
 *       count, and never with a denominator, since it is not computed from a population;</li>
 *   <li>a percentage as {@code numerator} over {@code denominator}, or as printed ({@code percent});</li>
 *   <li>a mean as {@code numerator} (the total) over {@code denominator} (the cases), or as printed
 *       ({@code mean});</li>
 *   <li>a daily-rate plan as {@code perDay}.</li>
 * </ul>
 * Where components are given they define the figure, and a printed figure beside them is handed back to be checked
 * as the figure's published value.
 */
final class MeasurementPolicy {

    private MeasurementPolicy() {}

    static CheckedMeasurement actual(MetricDefinition metric, Measurement supplied) {
        if (supplied.perDay() != null) {
            throw Refusal.invalid("perDay", "a daily rate can only be given for a plan");
        }
        return canonical(metric, supplied);
    }

    static CheckedMeasurement plan(MetricDefinition metric, Measurement supplied) {
        if (supplied.perDay() == null) {
            return canonical(metric, supplied);
        }
        if (!metric.dailyRatePlans()) {
            throw Refusal.invalid("perDay", metric.code() + " plans cannot be given per day");
        }
        if (supplied.value() != null
                || supplied.numerator() != null
                || supplied.denominator() != null
                || supplied.stated() != null) {
            throw Refusal.invalid("perDay", "give either perDay or a value, not both");
        }
        if (supplied.perDay().signum() <= 0) {
            throw Refusal.invalid("perDay", "must be greater than 0");
        }
        BigDecimal perDay = supplied.perDay().stripTrailingZeros();
        return new CheckedMeasurement(Measurement.perDay(perDay.scale() < 0 ? perDay.setScale(0) : perDay), null);
    }

    private static CheckedMeasurement canonical(MetricDefinition metric, Measurement supplied) {
        PrintedForm.check(metric, supplied);
        return switch (metric.shape()) {
            case COUNT -> new CheckedMeasurement(count(metric, supplied), null);
            case RATE_PER_100K -> rate(metric, supplied);
            case PERCENTAGE, MEAN -> ratio(metric, supplied);
        };
    }

    private static Measurement count(MetricDefinition metric, Measurement supplied) {
        if (supplied.numerator() != null || supplied.denominator() != null) {
            throw Refusal.invalid("numerator", metric.code() + " is a count: give value, not numerator/denominator");
        }
        return Measurement.count(Counts.wholeNonNegative("value", supplied.value(), metric));
    }

    private static CheckedMeasurement rate(MetricDefinition metric, Measurement supplied) {
        if (supplied.value() != null && supplied.numerator() != null) {
            throw Refusal.invalid(
                    "value",
                    "for a rate, value is the count of " + metric.unit() + "; give value or numerator, not both");
        }
        Long count = null;
        if (supplied.numerator() != null) {
            count = Counts.nonNegative("numerator", supplied.numerator());
        } else if (supplied.value() != null) {
            count = Counts.wholeNonNegative("value", supplied.value(), metric);
        }
        BigDecimal rate = PrintedForm.figure(supplied);
        if (PrintedForm.standardised(metric)) {
            if (supplied.denominator() != null) {
                throw Refusal.invalid(
                        "denominator",
                        metric.code() + " is a standardised rate: it is never computed from a population; "
                                + "give rate (and the count, if known)");
            }
            if (rate == null) {
                throw Refusal.invalid(
                        "rate", "is required: " + metric.code() + " is a standardised rate, given as printed");
            }
            return new CheckedMeasurement(Measurement.rate(rate, count), null);
        }
        if (count == null) {
            if (supplied.denominator() != null) {
                throw Refusal.invalid("numerator", "a denominator needs the count of " + metric.unit() + " over it");
            }
            if (rate == null) {
                throw Refusal.invalid("value", "is required for " + metric.code() + ": give the count, or rate");
            }
            return new CheckedMeasurement(Measurement.rate(rate, null), null);
        }
        Measurement stored = supplied.denominator() == null
                ? Measurement.events(count)
                : Measurement.ratio(count, Counts.positive("denominator", supplied.denominator()));
        return new CheckedMeasurement(stored, rate);
    }

    private static CheckedMeasurement ratio(MetricDefinition metric, Measurement supplied) {
        String form = PrintedForm.fieldOf(metric.shape());
        BigDecimal printed = PrintedForm.figure(supplied);
        if (supplied.value() != null) {
            throw Refusal.invalid(
                    "value",
                    metric.code() + " is " + describe(metric.shape()) + ": give " + form
                            + ", or numerator and denominator");
        }
        if (supplied.numerator() == null && supplied.denominator() == null) {
            if (printed == null) {
                throw Refusal.invalid(form, "is required for " + metric.code() + " (or numerator and denominator)");
            }
            return new CheckedMeasurement(PrintedForm.measurement(metric.shape(), printed), null);
        }
        if (supplied.numerator() == null) {
            throw Refusal.invalid("numerator", "is required for " + metric.code() + " with a denominator");
        }
        long numerator = Counts.nonNegative("numerator", supplied.numerator());
        long denominator = Counts.positive("denominator", supplied.denominator());
        if (metric.shape() == ValueShape.PERCENTAGE && numerator > denominator) {
            throw Refusal.invalid(
                    "numerator", "must not exceed the denominator (" + numerator + " > " + denominator + ")");
        }
        return new CheckedMeasurement(Measurement.ratio(numerator, denominator), printed);
    }

    private static String describe(ValueShape shape) {
        return shape == ValueShape.MEAN ? "an average" : "a proportion";
    }
}
