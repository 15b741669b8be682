package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * The table of a metric reported by month: a row per month of the covered quarters with its actual, or when it
 * will be published; on each quarter's last month the quarter's actual, its plan and the variance; and, when the
 * year before has figures for the same months, the same month and quarter of that year.
 */
final class MonthlyTable {

    private static final List<ReportCell> NO_QUARTER = List.of(ReportCell.EMPTY, ReportCell.EMPTY, ReportCell.EMPTY);

    private final MetricData data;
    private final FigureCellFactory cells;
    private final PublicationSchedule schedule;
    private final Optional<FinancialYear> prior;

    private MonthlyTable(MetricData data, ReportScope scope) {
        this.data = data;
        this.cells = FigureCellFactory.of(data);
        this.schedule = new PublicationSchedule(data.metric().publicationLagMonths(), scope.cutOff());
        this.prior = scope.previousYear().filter(year -> hasPriorMonths(data, scope));
    }

    static ReportTable of(MetricData data, ReportScope scope) {
        MonthlyTable table = new MonthlyTable(data, scope);
        List<ReportRow> rows = new ArrayList<>();
        for (Quarter quarter : scope.coveredQuarters()) {
            quarter.months().forEach(month -> rows.add(table.row(quarter, month)));
        }
        String caption = data.metric().title() + ", by month, " + scope.quarterRange() + " "
                + scope.year().code();
        return new ReportTable(caption, "Month", table.columns(), rows);
    }

    private List<ReportColumn> columns() {
        List<ReportColumn> columns = new ArrayList<>(List.of(
                new ReportColumn("actual", "Actual"),
                new ReportColumn("quarter_actual", "Actual quarter performance"),
                new ReportColumn("quarter_plan", "Quarterly plan"),
                new ReportColumn("variance", "Variance")));
        prior.ifPresent(year -> columns.addAll(List.of(
                new ReportColumn("prior_actual", "Same month " + ReportLabels.shortYear(year)),
                new ReportColumn("prior_quarter_actual", "Same quarter " + ReportLabels.shortYear(year)))));
        return columns;
    }

    private ReportRow row(Quarter quarter, Month month) {
        boolean quarterEnd = month.equals(quarter.lastMonth());
        List<ReportCell> row = new ArrayList<>();
        row.add(data.row(month)
                .map(cells::actual)
                .filter(cell -> !cell.isEmpty())
                .orElseGet(() -> ReportCell.noteOnly(schedule.missingMonth(month))));
        row.addAll(quarterEnd ? quarterCells(data.row(quarter).orElseThrow(), quarter) : NO_QUARTER);
        if (prior.isPresent()) {
            Month sameMonth = month.plusMonths(-12);
            Quarter sameQuarter = new Quarter(prior.get(), quarter.number());
            row.add(data.priorRow(sameMonth).map(cells::actual).orElse(ReportCell.EMPTY));
            row.add(
                    quarterEnd
                            ? data.priorRow(sameQuarter).map(cells::actual).orElse(ReportCell.EMPTY)
                            : ReportCell.EMPTY);
        }
        return new ReportRow(MonthLabels.row(month), MonthLabels.row(month), row);
    }

    private List<ReportCell> quarterCells(PerformanceRow total, Quarter quarter) {
        return List.of(cells.actual(total), cells.plan(total, data.postedPlan(quarter)), cells.variance(total));
    }

    private static boolean hasPriorMonths(MetricData data, ReportScope scope) {
        return scope.coveredQuarters().stream()
                .flatMap(quarter -> quarter.months().stream())
                .anyMatch(month -> data.priorRow(month.plusMonths(-12)).isPresent());
    }
}
