package uk.bcf.ledger.query.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.performance.FetchPerformanceQuery;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceView;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.PeriodKind;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers {@link FetchSpcQuery}: the metric's monthly actuals over the range, in the metric's unit, taken from the
 * performance views of the financial years the range spans (through their own query, so that rates and
 * percentages are computed exactly as everywhere else), analysed by {@link XmrChart} with the metric's direction of
 * good. The metric is the one defined at the moment asked for, like the performance views it reads. One
 * repeatable-read transaction holds every year's read.
 */
@Component
class SpcQueryHandler {

    private static final int MINIMUM_POINTS = 2;

    /** The points of the range, and the plan of the latest point's month if it has one. */
    private record Series(List<SpcPoint> points, Double latestPlan) {}

    private final AsOfResolver moments;
    private final ViewGateway views;
    private final MetricCatalogue catalogue;

    SpcQueryHandler(AsOfResolver moments, ViewGateway views, MetricCatalogue catalogue) {
        this.moments = moments;
        this.views = views;
        this.catalogue = catalogue;
    }

    /**
     * @throws Refusal 404 when the metric was unknown at the moment or has no monthly periods, the board has no
     *                     sign-off the moment names, was unknown then, or has fewer than two monthly actuals of the
     *                     metric in the range
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SpcView handle(FetchSpcQuery query) {
        String metric = query.metric();
        AsOf asOf = moments.resolve(query.boardCode(), "asOf", query.asOf()).asOf();
        MetricDefinition definition = (asOf.isNow() ? catalogue : catalogue.asOf(asOf.instant()))
                .forBoard(query.boardCode())
                .find(metric)
                .orElseThrow(() -> Refusal.notFound("metric", "no metric with code '" + metric + "'"));
        if (!definition.actualPeriods().contains(PeriodKind.MONTH)) {
            throw Refusal.notFound(
                    "metric",
                    metric + " has no monthly periods: its actuals are reported per "
                            + definition.actualPeriods().stream()
                                    .sorted()
                                    .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(" or "))
                            + ", so it has no monthly SPC chart");
        }
        Series series = series(query.boardCode(), metric, query.from(), query.to(), asOf);
        if (series.points().size() < MINIMUM_POINTS) {
            throw Refusal.notFound(
                    "from",
                    "fewer than two monthly actuals of " + metric + " between "
                            + query.from().code() + " and " + query.to().code());
        }
        return new SpcView(
                query.boardCode(),
                metric,
                XmrChart.analyse(series.points(), definition.goodDirection(), series.latestPlan()));
    }

    private Series series(String board, String metric, Month from, Month to, AsOf asOf) {
        List<SpcPoint> points = new ArrayList<>();
        Double latestPlan = null;
        for (int year = from.financialYear().startYear();
                year <= to.financialYear().startYear();
                year++) {
            FetchPerformanceQuery query =
                    new FetchPerformanceQuery(board, new FinancialYear(year), AsOfParameter.of(asOf));
            for (PerformanceRow row : views.fetch(query, PerformanceView.class).rows()) {
                if (row.metric().equals(metric) && row.value() != null && inRange(row.period(), from, to)) {
                    if (!ChartableValue.chartable(row.value()) || !ChartableValue.chartable(row.plan())) {
                        throw Refusal.unprocessable(
                                "metric",
                                metric + " " + row.period() + " is beyond ±10^12 ("
                                        + row.value().toPlainString()
                                        + "), so these actuals cannot be charted; correct the figure");
                    }
                    points.add(new SpcPoint(row.period(), row.value().doubleValue()));
                    latestPlan = row.plan() == null ? null : row.plan().doubleValue();
                }
            }
        }
        return new Series(points, latestPlan);
    }

    private static boolean inRange(String period, Month from, Month to) {
        var parsed = Periods.parse(period);
        if (parsed.kind() != PeriodKind.MONTH) {
            return false;
        }
        var month = ((Month) parsed).yearMonth();
        return !month.isBefore(from.yearMonth()) && !month.isAfter(to.yearMonth());
    }
}
