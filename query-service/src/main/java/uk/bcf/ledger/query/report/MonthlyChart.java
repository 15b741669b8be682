package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.spc.ChartableValue;
import uk.bcf.ledger.query.spc.SpcPoint;
import uk.bcf.ledger.query.spc.SpcResult;
import uk.bcf.ledger.query.spc.XmrChart;
import uk.bcf.ledger.query.spc.chart.XmrChartSvg;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * The XmR chart of a metric's monthly actuals: the year before's months, if any, then the report's year's. The
 * target is the latest month's plan: its own, else its quarter's plan spread evenly over the quarter's months; none
 * without either. A chart needs at least two months.
 */
final class MonthlyChart {

    private static final int MINIMUM_POINTS = 2;

    /** A month's plan and where it comes from. */
    private record MonthlyTarget(BigDecimal value, String basis) {}

    private MonthlyChart() {}

    static Optional<ReportChart> of(MetricData data) {
        List<PerformanceRow> months = Stream.concat(data.priorRows().stream(), data.rows().stream())
                .filter(row -> row.value() != null && Period.parse(row.period()) instanceof Month)
                .toList();
        boolean chartable = months.stream()
                .allMatch(row -> ChartableValue.chartable(row.value()) && ChartableValue.chartable(row.plan()));
        return months.size() < MINIMUM_POINTS || !chartable ? Optional.empty() : Optional.of(chart(data, months));
    }

    private static ReportChart chart(MetricData data, List<PerformanceRow> months) {
        Month first = (Month) Period.parse(months.get(0).period());
        Month latest = (Month) Period.parse(months.get(months.size() - 1).period());
        Optional<MonthlyTarget> target =
                monthlyTarget(data, latest).filter(plan -> ChartableValue.chartable(plan.value()));
        Double line = target.map(plan -> plan.value().doubleValue()).orElse(null);
        List<SpcPoint> points = months.stream()
                .map(row -> new SpcPoint(row.period(), row.value().doubleValue()))
                .toList();
        SpcResult result = XmrChart.analyse(points, data.metric().goodDirection(), line);
        String unit = data.metric().unit();
        String title = data.metric().code() + " monthly actuals, " + MonthLabels.shortLabel(first) + " to "
                + MonthLabels.shortLabel(latest);
        String targetText = target.map(
                        plan -> "Target: " + ChartReading.number(line) + " " + unit + " a month, " + plan.basis() + ".")
                .orElse("No target: there is no plan for " + MonthLabels.row(latest) + ".");
        return new ReportChart(
                XmrChartSvg.render(result, title, unit, line),
                ChartReading.summary(result, unit),
                ChartReading.limits(result),
                ChartReading.variation(result.variation()),
                ChartReading.assurance(result.assurance()),
                targetText);
    }

    private static Optional<MonthlyTarget> monthlyTarget(MetricData data, Month month) {
        Optional<BigDecimal> own = data.row(month).map(PerformanceRow::plan);
        if (own.isPresent()) {
            return own.map(plan -> new MonthlyTarget(plan, "the " + MonthLabels.row(month) + " plan"));
        }
        Quarter quarter = month.financialYear().quarterOf(month);
        int months = quarter.months().size();
        return data.row(quarter)
                .map(PerformanceRow::plan)
                .map(plan -> new MonthlyTarget(
                        plan.divide(BigDecimal.valueOf(months), MathContext.DECIMAL64),
                        "the " + ReportLabels.shortPeriod(quarter) + " plan of " + plan.toPlainString() + " over its "
                                + months + " months"));
    }
}
