package uk.bcf.ledger.query.performance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.query.projection.PopulationLookup;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Computes a board's plan-versus-actual rows for one financial year from its current plans and actuals. For each
 * metric in force (and each metric of a baseline or paused year the board has figures for), in catalogue order: a
 * row per month with an actual posted for it, a row per quarter and a row for the year. An outturn reported for the
 * year that disagrees with what its parts give is flagged with their value. Figures of other years, and of metrics
 * not reported in the year, are ignored.
 */
public final class PerformanceCalculator {

    private final MetricCatalogue catalogue;
    private final String boardCode;

    public PerformanceCalculator(MetricCatalogue catalogue) {
        this(catalogue, null);
    }

    private PerformanceCalculator(MetricCatalogue catalogue, String boardCode) {
        this.catalogue = catalogue;
        this.boardCode = boardCode;
    }

    /** The same calculation with the metric definitions in force at a past moment. */
    public PerformanceCalculator asOf(Instant moment) {
        return new PerformanceCalculator(catalogue.asOf(moment), boardCode);
    }

    /**
     * The calculation for one board: the national metrics and the board's own local metrics, each in force reported
     * every year; another board's local metric never.
     */
    public PerformanceCalculator forBoard(String board) {
        return new PerformanceCalculator(catalogue.forBoard(board), board);
    }

    /**
     * The rows of the year.
     *
     * @param actuals     the board's current actuals (any years, any metrics)
     * @param plans       the board's current plans (any years, any metrics)
     * @param populations the board's population denominators for rates
     */
    public List<PerformanceRow> rows(
            FinancialYear year, List<CurrentFigure> actuals, List<CurrentFigure> plans, PopulationLookup populations) {
        List<PerformanceRow> rows = new ArrayList<>();
        for (MetricDefinition metric : catalogue.all()) {
            PostedFigureIndex posted = PostedFigureIndex.of(metric.code(), year, actuals);
            PostedFigureIndex planned = PostedFigureIndex.of(metric.code(), year, plans);
            if (reported(metric, year, posted, planned)) {
                rows.addAll(rowsOf(metric, year, posted, planned, populations));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * A national metric in force, and a local metric in force for the board it belongs to, is reported every year;
     * a metric in a baseline or paused year (or a local metric in a calculation for no board) only where the board
     * has figures of it for the year.
     */
    private boolean reported(
            MetricDefinition metric, FinancialYear year, PostedFigureIndex actuals, PostedFigureIndex plans) {
        if (metric.inForce(year) && metric.appliesTo(boardCode)) {
            return true;
        }
        return metric.acceptsActuals(year) && !(actuals.isEmpty() && plans.isEmpty());
    }

    private static List<PerformanceRow> rowsOf(
            MetricDefinition metric,
            FinancialYear year,
            PostedFigureIndex actuals,
            PostedFigureIndex plans,
            PopulationLookup populations) {
        ActualRollup rollup = ActualRollup.of(metric.rollup());
        PlanResolver planResolver = PlanResolver.of(metric.rollup(), plans);
        PerformanceRowFactory factory = new PerformanceRowFactory(metric, new UnitValuation(metric, year, populations));
        List<PerformanceRow> rows = new ArrayList<>();
        for (Month month : actuals.postedMonths(year)) {
            Optional<PeriodActual> actual = actuals.postedFor(month).map(m -> PeriodActual.posted(month, m));
            rows.add(factory.row(month, actual, planResolver.planFor(month)));
        }
        for (Quarter quarter : year.quarters()) {
            rows.add(factory.row(quarter, rollup.quarter(quarter, actuals), planResolver.planFor(quarter)));
        }
        PerformanceRow yearRow = factory.row(year, rollup.year(year, actuals), planResolver.planFor(year));
        rows.add(OutturnCheck.flagged(yearRow, year, actuals, rollup, factory));
        return rows;
    }
}
