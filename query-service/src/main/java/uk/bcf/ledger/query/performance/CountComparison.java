package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.Optional;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;

/**
 * A rate's plan and actual compared as counts, when no population is known to compute either rate but both are
 * complete counts over the same (unstated) population: Barking and Dagenham's 145 residential admissions against a
 * target of 170 are 25 fewer. The variance is in counts and judged by the metric's direction of good; the value and
 * plan in the metric's unit stay empty.
 */
final class CountComparison {

    private CountComparison() {}

    static Optional<PerformanceRow> of(
            MetricDefinition metric,
            Period period,
            PeriodActual actual,
            Optional<CountAndDenominator> plan,
            PerformanceJudgement judgement) {
        CountAndDenominator components = actual.components();
        if (metric.populationAgeBand() == null
                || metric.isStandardised()
                || plan.isEmpty()
                || !countOnly(components)
                || !countOnly(plan.get())) {
            return Optional.empty();
        }
        BigDecimal count = components.count();
        BigDecimal planned = plan.get().count();
        Variance variance = Variance.between(count, planned, 0);
        return Optional.of(new PerformanceRow(
                metric.code(),
                period.code(),
                null,
                count.longValueExact(),
                null,
                actual.monthsReported().stream().map(Month::code).toList(),
                true,
                null,
                variance.amount(),
                variance.percent(),
                judgement.statusOf(actual, count, planned),
                planned.stripTrailingZeros().scale() < 0 ? planned.setScale(0) : planned.stripTrailingZeros(),
                null));
    }

    private static boolean countOnly(CountAndDenominator parts) {
        return parts.count() != null && parts.denominator() == null && parts.stated() == null;
    }
}
