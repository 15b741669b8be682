package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.FigureValue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * When a figure as published agrees with its stored components: when both, rounded half up to the metric's
 * display decimals, are the same number. Bromley's published Q1 residential rate 112.5 disagrees with its 65
 * admissions over 57,626 people 65+, which give 112.8. A rate that states no denominator is checked on the
 * board's population, which must then be recorded.
 */
final class PublishedFigurePolicy {

    private PublishedFigurePolicy() {}

    /** The check of {@code published} against {@code measurement}, or null when nothing was published. */
    static PublishedCheck check(
            MetricDefinition metric, Period period, Measurement measurement, Long population, BigDecimal published) {
        if (published == null) {
            return null;
        }
        if (published.signum() < 0) {
            throw Refusal.invalid("publishedValue", "must not be negative");
        }
        BigDecimal computed = FigureValue.exact(metric, period, measurement, population)
                .map(exact -> FigureValue.shown(metric, exact))
                .orElseThrow(() -> Refusal.invalid(
                        "publishedValue",
                        "cannot be checked: board has no "
                                + metric.populationAgeBand() + " population for "
                                + period.financialYear().startYear()
                                + "; record the population first"));
        return new PublishedCheck(
                published, computed, FigureValue.shown(metric, published).compareTo(computed) == 0);
    }
}
