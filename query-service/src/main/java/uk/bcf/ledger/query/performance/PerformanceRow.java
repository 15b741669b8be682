package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the performance view.
 *
 * @param metric         metric code
 * @param period         month, quarter or financial year
 * @param value          the actual in the metric's unit, rounded to its published decimals; null without data
 * @param numerator      the actual's numerator (the count, for rates), when the metric is a ratio
 * @param denominator    the denominator the value was computed on (a population, for rates)
 * @param monthsReported the months behind the figure
 * @param complete       whether every month of the period is reported
 * @param plan           the plan in the metric's unit, rounded likewise; null without a plan
 * @param variance       actual minus plan, only for a complete period with a plan
 * @param variancePct    the variance as a percentage of the plan, one decimal
 * @param status         how the period stands against its plan
 */
public record PerformanceRow(
        String metric,
        String period,
        BigDecimal value,
        Long numerator,
        Long denominator,
        List<String> monthsReported,
        boolean complete,
        BigDecimal plan,
        BigDecimal variance,
        BigDecimal variancePct,
        PerformanceStatus status) {

    public PerformanceRow {
        monthsReported = List.copyOf(monthsReported);
    }
}
