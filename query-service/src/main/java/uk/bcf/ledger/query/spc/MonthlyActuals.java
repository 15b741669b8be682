package uk.bcf.ledger.query.spc;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceViews;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.PeriodKind;
import uk.bcf.ledger.shared.period.Periods;

/**
 * A metric's monthly actuals over a range of months, in the metric's unit, taken from the performance views of the
 * financial years the range spans, so that rates and percentages are computed exactly as everywhere else.
 */
@Component
class MonthlyActuals {

    /** The points of the range, and the plan of the latest point's month if it has one. */
    record Series(List<SpcPoint> points, Double latestPlan) {
    }

    private final PerformanceViews views;

    MonthlyActuals(PerformanceViews views) {
        this.views = views;
    }

    Series of(String board, String metric, Month from, Month to, AsOf asOf) {
        List<SpcPoint> points = new ArrayList<>();
        Double latestPlan = null;
        for (int year = from.financialYear().startYear(); year <= to.financialYear().startYear(); year++) {
            for (PerformanceRow row : views.fetch(board, new FinancialYear(year).code(), asOf).rows()) {
                if (row.metric().equals(metric) && row.value() != null && inRange(row.period(), from, to)) {
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
