package uk.bcf.ledger.benchmark.dataset;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SplittableRandom;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.FigureValue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.period.Period;

/**
 * Rates and percentages as a board's published report printed them: what the components give by the shared
 * rounding rules ({@link FigureValue}), except that about one in thirty is misprinted by a few tenths, as
 * published reports are.
 */
final class PublishedValues {

    private static final double MISPRINTED = 1.0 / 30;

    private final Map<String, Long> latestPopulation;

    /** @param latestPopulation the board's latest population vintage by {@link #key(int, String)} */
    PublishedValues(Map<String, Long> latestPopulation) {
        this.latestPopulation = Map.copyOf(latestPopulation);
    }

    static String key(int year, String ageBand) {
        return year + "/" + ageBand;
    }

    /** The printed value; the components of a rate are its count as the numerator. */
    String of(MetricDefinition metric, Period period, Measurement components, SplittableRandom random) {
        Long population = metric.populationAgeBand() == null
                ? null
                : latestPopulation.get(key(period.financialYear().startYear(), metric.populationAgeBand()));
        BigDecimal shown = FigureValue.exact(metric, period, components, population)
                .map(exact -> FigureValue.shown(metric, exact))
                .orElseThrow(
                        () -> new IllegalStateException("no population for " + metric.code() + " " + period.code()));
        if (random.nextDouble() < MISPRINTED) {
            shown = shown.add(BigDecimal.ONE
                    .movePointLeft(metric.displayDecimals())
                    .multiply(BigDecimal.valueOf(1 + random.nextInt(3))));
        }
        return shown.toPlainString() + (metric.shape() == ValueShape.PERCENTAGE ? "%" : "");
    }
}
