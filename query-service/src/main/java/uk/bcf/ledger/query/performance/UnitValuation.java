package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.OptionalLong;
import uk.bcf.ledger.query.projection.PopulationLookup;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Turns a figure's components into the metric's unit. A rate that states no denominator is computed on the
 * board's population of the metric's age band for the calendar year the financial year starts in; a figure given as
 * printed is its own value, and a standardised rate has no value but as printed.
 */
final class UnitValuation {

    private final MetricDefinition metric;
    private final FinancialYear year;
    private final PopulationLookup populations;

    UnitValuation(MetricDefinition metric, FinancialYear year, PopulationLookup populations) {
        this.metric = metric;
        this.year = year;
        this.populations = populations;
    }

    /**
     * The denominator the value is computed on: the figure's own, else the population; null when neither exists,
     * and for a figure given as printed, which no denominator computes.
     */
    Long denominatorOf(CountAndDenominator components) {
        if (components.stated() != null || components.count() == null || metric.isStandardised()) {
            return components.denominator();
        }
        if (components.denominator() != null || metric.populationAgeBand() == null) {
            return components.denominator();
        }
        OptionalLong population = populations.count(year.startYear(), metric.populationAgeBand());
        return population.isPresent() ? population.getAsLong() : null;
    }

    /**
     * The unrounded value in the metric's unit: the printed figure where one is given, else what the components
     * give; null when a ratio has no usable denominator or the parts cannot be valued together.
     */
    BigDecimal exactValue(CountAndDenominator components) {
        if (components.stated() != null) {
            return components.stated();
        }
        if (components.count() == null || metric.isStandardised()) {
            return null;
        }
        if (!metric.shape().isRatio()) {
            return components.count();
        }
        Long denominator = denominatorOf(components);
        if (denominator == null || denominator == 0) {
            return null;
        }
        return metric.shape().valueOf(components.count(), BigDecimal.valueOf(denominator));
    }
}
