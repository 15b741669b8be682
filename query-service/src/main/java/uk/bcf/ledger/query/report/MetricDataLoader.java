package uk.bcf.ledger.query.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.performance.PerformanceCalculator;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.query.projection.FigureHistoryIndex;
import uk.bcf.ledger.query.projection.FigureVersionRepository;
import uk.bcf.ledger.query.projection.PopulationLookup;
import uk.bcf.ledger.query.projection.PopulationVersionRepository;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * Reads, as of a moment, the figures of a board's year and of the year before, computes both years' performance
 * rows, and hands them out per metric in force in the year for the board (national, and its own local metrics), in
 * catalogue order, with each plan's history (all of them read in one query). The metric definitions are those in
 * force at the same moment (the report's effective moment), so a report stands as it was presented however a metric
 * is amended later.
 */
@Component
class MetricDataLoader {

    private final FigureVersionRepository figures;
    private final PopulationVersionRepository populations;
    private final MetricCatalogue catalogue;

    MetricDataLoader(
            FigureVersionRepository figures, PopulationVersionRepository populations, MetricCatalogue catalogue) {
        this.figures = figures;
        this.populations = populations;
        this.catalogue = catalogue;
    }

    List<MetricData> load(String boardCode, ReportScope scope, AsOf asOf) {
        MetricCatalogue then = catalogue.asOf(asOf.instant());
        PerformanceCalculator rules = new PerformanceCalculator(then).forBoard(boardCode);
        PopulationLookup population = populations.asOf(boardCode, asOf);
        YearFigures year = read(rules, boardCode, scope.year(), asOf, population);
        YearFigures prior = scope.previousYear()
                .map(previous -> read(rules, boardCode, previous, asOf, population))
                .orElse(YearFigures.NONE);
        FigureHistoryIndex planHistories = figures.historiesOf(boardCode, FigureKind.PLAN, scope.year(), asOf);
        return then.inForce(scope.year(), boardCode).stream()
                .map(metric -> new MetricData(
                        metric,
                        year.rows(),
                        prior.rows(),
                        year.actuals(),
                        prior.actuals(),
                        year.plans(),
                        prior.plans(),
                        planHistories(metric, year.plans(), planHistories)))
                .toList();
    }

    /** One year's posted figures and computed rows. */
    private record YearFigures(List<CurrentFigure> actuals, List<CurrentFigure> plans, List<PerformanceRow> rows) {
        static final YearFigures NONE = new YearFigures(List.of(), List.of(), List.of());
    }

    private YearFigures read(
            PerformanceCalculator rules, String boardCode, FinancialYear year, AsOf asOf, PopulationLookup population) {
        List<CurrentFigure> actuals = figures.figuresOf(boardCode, FigureKind.ACTUAL, year, asOf);
        List<CurrentFigure> plans = figures.figuresOf(boardCode, FigureKind.PLAN, year, asOf);
        return new YearFigures(actuals, plans, rules.rows(year, actuals, plans, population));
    }

    private static Map<Period, List<PlanVersion>> planHistories(
            MetricDefinition metric, List<CurrentFigure> plans, FigureHistoryIndex histories) {
        Map<Period, List<PlanVersion>> byPeriod = new LinkedHashMap<>();
        plans.stream()
                .filter(plan -> plan.metric().equals(metric.code()))
                .forEach(plan -> byPeriod.put(
                        plan.period(),
                        histories.of(metric.code(), plan.period()).stream()
                                .map(PlanVersion::of)
                                .toList()));
        return byPeriod;
    }
}
