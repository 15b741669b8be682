package uk.bcf.ledger.query.performance;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param planCount      the plan's count, when a rate's plan and actual are compared as counts (no population is
 *                       known to compute either rate); then {@code variance} is in counts. Left out of JSON otherwise
 * @param partsValue     what the period's parts give (its months or quarters), when the figure reported for the
 *                       period itself disagrees with it; left out of JSON otherwise
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
        PerformanceStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal planCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal partsValue) {

    public PerformanceRow {
        monthsReported = List.copyOf(monthsReported);
    }

    /** This row, flagged with what its parts give when that differs from its reported figure. */
    PerformanceRow withPartsValue(BigDecimal parts) {
        return new PerformanceRow(
                metric,
                period,
                value,
                numerator,
                denominator,
                monthsReported,
                complete,
                plan,
                variance,
                variancePct,
                status,
                planCount,
                parts);
    }
}
