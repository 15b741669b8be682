package uk.bcf.ledger.shared.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * The value in a metric's unit that a figure's stored components give, by the rules of
 * docs/adr/0004-metric-catalogue-and-rounding.md: a count is itself; a ratio is its numerator over its own
 * denominator, or over the population when it states none; a daily-rate plan is the rate times the period's days,
 * truncated; a figure given as printed (a rate, percentage or mean without the components that define it) is
 * itself. Shown values are rounded half up to the metric's display decimals; a value compared with a printed one is
 * rounded half up to the decimals that figure was printed with ({@code 659} → none, {@code 98.6} → one).
 */
public final class FigureValue {

    private FigureValue() {}

    /**
     * The unrounded value, or empty when a rate states no denominator and no population is known.
     *
     * @param population the population of the metric's age band for the period's year, or {@code null}
     */
    public static Optional<BigDecimal> exact(
            MetricDefinition metric, Period period, Measurement measurement, Long population) {
        if (measurement.isDailyRate()) {
            return Optional.of(DailyRates.spread(measurement.perDay(), period));
        }
        if (measurement.stated() != null) {
            return Optional.of(measurement.stated());
        }
        if (!metric.shape().isRatio()) {
            return Optional.of(measurement.value());
        }
        Long denominator = measurement.denominator() != null ? measurement.denominator() : population;
        if (denominator == null || denominator <= 0) {
            return Optional.empty();
        }
        return Optional.of(
                metric.shape().valueOf(BigDecimal.valueOf(measurement.numerator()), BigDecimal.valueOf(denominator)));
    }

    /** The value as the metric shows it: rounded half up to its display decimals. */
    public static BigDecimal shown(MetricDefinition metric, BigDecimal value) {
        return value.setScale(metric.displayDecimals(), RoundingMode.HALF_UP);
    }

    /** The decimals a figure was printed with: {@code 659} has none, {@code 98.6} one, {@code 8.40} two. */
    public static int printedDecimals(BigDecimal printed) {
        return Math.max(printed.scale(), 0);
    }

    /** The value rounded half up to the decimals {@code printed} was written with, to compare the two. */
    public static BigDecimal roundedLike(BigDecimal printed, BigDecimal value) {
        return value.setScale(printedDecimals(printed), RoundingMode.HALF_UP);
    }
}
