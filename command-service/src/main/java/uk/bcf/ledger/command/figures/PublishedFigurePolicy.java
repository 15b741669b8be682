package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import java.util.function.Supplier;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.FigureValue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * When a figure as published agrees with its stored form: when what the stored form gives, rounded half up to the
 * decimals the published figure was printed with, is that figure ({@code 659} is compared with 659.19 rounded to no
 * decimals, {@code 98.6} with one decimal). Southend's printed 550 disagrees with 200 admissions over 36,273
 * people 65+, which give 551.4. The computed value is kept at the printed decimals or the metric's display
 * decimals, whichever are more. A rate that states no denominator is checked on the board's population, which must
 * then be recorded.
 */
final class PublishedFigurePolicy {

    private PublishedFigurePolicy() {}

    /**
     * The check of {@code published} against {@code measurement}, or null when nothing was published.
     *
     * @param population the board's population of the metric's age band for the year, asked only when needed
     */
    static PublishedCheck check(
            MetricDefinition metric,
            Period period,
            Measurement measurement,
            Supplier<Long> population,
            BigDecimal published) {
        if (published == null) {
            return null;
        }
        if (published.signum() < 0) {
            throw Refusal.invalid("publishedValue", "must not be negative");
        }
        Long denominator = measurement.denominator() == null && measurement.stated() == null ? population.get() : null;
        BigDecimal exact = FigureValue.exact(metric, period, measurement, denominator)
                .orElseThrow(() -> Refusal.invalid(
                        "publishedValue",
                        "cannot be checked: board has no "
                                + metric.populationAgeBand() + " population for "
                                + period.financialYear().startYear()
                                + "; record the population first"));
        BigDecimal atPrinted = FigureValue.roundedLike(published, exact);
        BigDecimal computed = FigureValue.printedDecimals(published) > metric.displayDecimals()
                ? atPrinted
                : FigureValue.shown(metric, exact);
        return new PublishedCheck(published, computed, atPrinted.compareTo(published) == 0);
    }
}
