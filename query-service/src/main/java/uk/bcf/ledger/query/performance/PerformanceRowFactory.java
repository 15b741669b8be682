package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.metric.FigureValue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;

/**
 * Makes the row of one period of a metric from its actual and plan: values in the metric's unit rounded half up to
 * its published decimals, the components behind a ratio, the variance and the status.
 */
final class PerformanceRowFactory {

    private final MetricDefinition metric;
    private final UnitValuation valuation;
    private final PerformanceJudgement judgement;

    PerformanceRowFactory(MetricDefinition metric, UnitValuation valuation) {
        this.metric = metric;
        this.valuation = valuation;
        this.judgement = new PerformanceJudgement(metric.goodDirection());
    }

    PerformanceRow row(Period period, Optional<PeriodActual> actual, Optional<CountAndDenominator> plan) {
        BigDecimal exactPlan = plan.map(valuation::exactValue).orElse(null);
        if (actual.isEmpty()) {
            PerformanceStatus status = judgement.statusOf(null, null, exactPlan);
            return new PerformanceRow(
                    metric.code(),
                    period.code(),
                    null,
                    null,
                    null,
                    List.of(),
                    false,
                    rounded(exactPlan),
                    null,
                    null,
                    status,
                    null,
                    null);
        }
        PeriodActual reported = actual.get();
        CountAndDenominator components = reported.components();
        BigDecimal exactValue = valuation.exactValue(components);
        if (exactValue == null && exactPlan == null && reported.complete()) {
            Optional<PerformanceRow> counts = CountComparison.of(metric, period, reported, plan, judgement);
            if (counts.isPresent()) {
                return counts.get();
            }
        }
        PerformanceStatus status = judgement.statusOf(reported, exactValue, exactPlan);
        Variance variance = PerformanceJudgement.compared(status)
                ? Variance.between(exactValue, exactPlan, metric.displayDecimals())
                : Variance.NONE;
        boolean ratio = metric.shape().isRatio();
        return new PerformanceRow(
                metric.code(),
                period.code(),
                rounded(exactValue),
                ratio && components.count() != null ? components.count().longValueExact() : null,
                ratio ? valuation.denominatorOf(components) : null,
                reported.monthsReported().stream().map(Month::code).toList(),
                reported.complete(),
                rounded(exactPlan),
                variance.amount(),
                variance.percent(),
                status,
                null,
                null);
    }

    private BigDecimal rounded(BigDecimal exact) {
        return exact == null ? null : FigureValue.shown(metric, exact);
    }
}
