package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * The table of a metric reported by quarter: a plans row and an actuals row across Q1 to Q4 and the full year. A
 * quarter without an actual says when it becomes available; the full-year actual is shown once complete. For a
 * year-to-date metric each quarter shows the year to date and its plan pro rata. When the year before has a Q4
 * actual, it is shown as the comparator ({@code Qtr 4 Actual 18/19}); else, when it has a full-year actual (an
 * outturn, or a baseline year's figure), that ({@code Full year Actual 20/21}).
 */
final class QuarterlyTable {

    private final MetricData data;
    private final ReportScope scope;
    private final FigureCellFactory cells;
    private final Optional<PerformanceRow> priorFourthQuarter;
    private final Optional<PerformanceRow> priorYear;

    private QuarterlyTable(MetricData data, ReportScope scope) {
        this.data = data;
        this.scope = scope;
        this.cells = FigureCellFactory.of(data);
        this.priorFourthQuarter = scope.previousYear()
                .flatMap(year -> data.priorRow(lastQuarterOf(year)))
                .filter(row -> !cells.actual(row).isEmpty());
        this.priorYear = priorFourthQuarter.isPresent()
                ? Optional.empty()
                : scope.previousYear()
                        .flatMap(data::priorRow)
                        .filter(row -> row.complete() && !cells.actual(row).isEmpty());
    }

    static ReportTable of(MetricData data, ReportScope scope) {
        QuarterlyTable table = new QuarterlyTable(data, scope);
        boolean yearToDate = data.metric().rollup() == Rollup.CUMULATIVE_YEAR_TO_DATE;
        List<ReportRow> rows = List.of(
                new ReportRow("plan", yearToDate ? "Plan (year to date, pro rata)" : "Plan", table.planCells()),
                new ReportRow("actual", yearToDate ? "Actual (year to date)" : "Actual", table.actualCells()));
        String caption = data.metric().title() + ", by quarter, " + scope.year().code();
        return new ReportTable(caption, "Figure", table.columns(), rows);
    }

    private List<ReportColumn> columns() {
        List<ReportColumn> columns = new ArrayList<>();
        scope.year()
                .quarters()
                .forEach(quarter ->
                        columns.add(new ReportColumn("Q" + quarter.number(), ReportLabels.quarterColumn(quarter))));
        columns.add(new ReportColumn("year", "Full year " + ReportLabels.shortYear(scope.year())));
        if (priorFourthQuarter.isPresent()) {
            String previous = ReportLabels.shortYear(scope.previousYear().orElseThrow());
            columns.add(new ReportColumn("prior_Q4", "Qtr 4 Actual " + previous));
        }
        if (priorYear.isPresent()) {
            String previous = ReportLabels.shortYear(scope.previousYear().orElseThrow());
            columns.add(new ReportColumn("prior_year", "Full year Actual " + previous));
        }
        return columns;
    }

    private List<ReportCell> planCells() {
        List<ReportCell> plans = new ArrayList<>();
        FinancialYear year = scope.year();
        year.quarters().forEach(quarter -> plans.add(cells.plan(row(quarter), data.postedPlan(quarter))));
        plans.add(cells.plan(data.row(year).orElseThrow(), data.postedPlan(year)));
        priorFourthQuarter.ifPresent(row -> plans.add(ReportCell.EMPTY));
        priorYear.ifPresent(row -> plans.add(ReportCell.EMPTY));
        return plans;
    }

    private List<ReportCell> actualCells() {
        PublicationSchedule schedule = new PublicationSchedule(data.metric().publicationLagMonths(), scope.cutOff());
        List<ReportCell> actuals = new ArrayList<>();
        for (Quarter quarter : scope.year().quarters()) {
            ReportCell actual = cells.actual(row(quarter));
            actuals.add(actual.isEmpty() ? ReportCell.noteOnly(schedule.missingQuarter(quarter)) : actual);
        }
        PerformanceRow year = data.row(scope.year()).orElseThrow();
        actuals.add(year.complete() ? cells.actual(year) : ReportCell.EMPTY);
        priorFourthQuarter.ifPresent(row -> actuals.add(cells.actual(row)));
        priorYear.ifPresent(row -> actuals.add(cells.actual(row)));
        return actuals;
    }

    private static Quarter lastQuarterOf(FinancialYear year) {
        List<Quarter> quarters = year.quarters();
        return quarters.get(quarters.size() - 1);
    }

    private PerformanceRow row(Quarter quarter) {
        return data.row(quarter).orElseThrow();
    }
}
