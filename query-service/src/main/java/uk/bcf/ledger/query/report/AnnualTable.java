package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The table of a metric reported by year (its figures of the year are all annual, as most planning templates print
 * them): the year's plan, its actual (or when it becomes available) and the variance, and, when the year before has
 * an actual for its full year, that year's actual as the comparator ({@code Full year 20/21}). No quarter or month
 * rows are made up for it.
 */
final class AnnualTable {

    private AnnualTable() {}

    static ReportTable of(MetricData data, ReportScope scope) {
        FigureCellFactory cells = FigureCellFactory.of(data);
        FinancialYear year = scope.year();
        PerformanceRow row = data.row(year).orElseThrow();
        Optional<PerformanceRow> prior = scope.previousYear()
                .flatMap(data::priorRow)
                .filter(previous -> !cells.actual(previous).isEmpty());
        List<ReportColumn> columns =
                new ArrayList<>(List.of(new ReportColumn("year", "Full year " + ReportLabels.shortYear(year))));
        prior.ifPresent(previous -> columns.add(new ReportColumn(
                "prior_year",
                "Full year " + ReportLabels.shortYear(scope.previousYear().orElseThrow()))));
        PublicationSchedule schedule = new PublicationSchedule(data.metric().publicationLagMonths(), scope.cutOff());
        ReportCell actual = cells.actual(row);
        List<ReportRow> rows = List.of(
                new ReportRow("plan", "Plan", withPrior(cells.plan(row, data.postedPlan(year)), prior, null)),
                new ReportRow(
                        "actual",
                        "Actual",
                        withPrior(
                                actual.isEmpty() ? ReportCell.noteOnly(schedule.missingYear(year)) : actual,
                                prior,
                                prior.map(cells::actual).orElse(null))),
                new ReportRow("variance", "Variance", withPrior(cells.variance(row), prior, null)));
        String caption = data.metric().title() + ", by year, " + year.code();
        return new ReportTable(caption, "Figure", columns, rows);
    }

    private static List<ReportCell> withPrior(ReportCell cell, Optional<PerformanceRow> prior, ReportCell priorCell) {
        List<ReportCell> cells = new ArrayList<>(List.of(cell));
        prior.ifPresent(previous -> cells.add(priorCell == null ? ReportCell.EMPTY : priorCell));
        return cells;
    }
}
