package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The figure as documents print it, in the metric's unit: {@code rate} for a rate per 100,000, {@code percent} for
 * a percentage, {@code mean} for an average; a count has no printed form besides its {@code value}. A printed form
 * that does not belong to the metric's shape is refused naming the field.
 */
final class PrintedForm {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PrintedForm() {}

    /** The field a metric's figure is printed in, or null for a count. */
    static String fieldOf(ValueShape shape) {
        return switch (shape) {
            case COUNT -> null;
            case RATE_PER_100K -> "rate";
            case PERCENTAGE -> "percent";
            case MEAN -> "mean";
        };
    }

    /** Refuses a printed form of another shape, a negative one and a percentage above 100. */
    static void check(MetricDefinition metric, Measurement supplied) {
        String own = fieldOf(metric.shape());
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        given.put("rate", supplied.rate());
        given.put("percent", supplied.percent());
        given.put("mean", supplied.mean());
        for (Map.Entry<String, BigDecimal> form : given.entrySet()) {
            if (form.getValue() == null) {
                continue;
            }
            if (!form.getKey().equals(own)) {
                throw Refusal.invalid(
                        form.getKey(),
                        metric.code() + " is measured in " + metric.unit() + ": give "
                                + (own == null ? "value" : own + " (or its components)") + ", not " + form.getKey());
            }
            if (form.getValue().signum() < 0) {
                throw Refusal.invalid(form.getKey(), "must not be negative");
            }
            if (metric.shape() == ValueShape.PERCENTAGE && form.getValue().compareTo(HUNDRED) > 0) {
                throw Refusal.invalid(form.getKey(), "a percentage cannot exceed 100");
            }
        }
    }

    /** The printed figure supplied, once {@link #check} has accepted it; null when none. */
    static BigDecimal figure(Measurement supplied) {
        return supplied.stated();
    }

    /** The stored measurement of a figure given only as printed. */
    static Measurement measurement(ValueShape shape, BigDecimal printed) {
        return switch (shape) {
            case RATE_PER_100K -> Measurement.rate(printed, null);
            case PERCENTAGE -> Measurement.percent(printed);
            case MEAN -> Measurement.mean(printed);
            case COUNT -> throw new IllegalArgumentException("a count has no printed form besides its value");
        };
    }

    /** Whether the metric is an age-standardised rate, which is never computed from a population. */
    static boolean standardised(MetricDefinition metric) {
        return metric.isStandardised();
    }
}
