package uk.bcf.ledger.query.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.query.projection.PublishedFigure;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * What was known at the report's moment about one metric of the board, for the report's year and the year before.
 *
 * @param metric       the metric
 * @param rows         its performance rows of the report's year
 * @param priorRows    its performance rows of the year before, empty when there is none
 * @param actuals      its actuals posted for the report's year
 * @param priorActuals its actuals posted for the year before
 * @param plans        its plans posted for the report's year
 * @param priorPlans   its plans posted for the year before
 * @param planHistories every version of each plan of the report's year known then, by the plan's period
 */
record MetricData(
        MetricDefinition metric,
        List<PerformanceRow> rows,
        List<PerformanceRow> priorRows,
        List<CurrentFigure> actuals,
        List<CurrentFigure> priorActuals,
        List<CurrentFigure> plans,
        List<CurrentFigure> priorPlans,
        Map<Period, List<PlanVersion>> planHistories) {

    MetricData {
        rows = rows.stream().filter(row -> row.metric().equals(metric.code())).toList();
        priorRows = priorRows.stream()
                .filter(row -> row.metric().equals(metric.code()))
                .toList();
        actuals = ofMetric(metric, actuals);
        priorActuals = ofMetric(metric, priorActuals);
        plans = ofMetric(metric, plans);
        priorPlans = ofMetric(metric, priorPlans);
        planHistories = Map.copyOf(planHistories);
    }

    /** The row of a period of the report's year; quarters and the year always have one, months only with an actual. */
    Optional<PerformanceRow> row(Period period) {
        return find(rows, period);
    }

    /** The row of a period of the year before. */
    Optional<PerformanceRow> priorRow(Period period) {
        return find(priorRows, period);
    }

    /** The plan posted for exactly this period of the report's year. */
    Optional<Measurement> postedPlan(Period period) {
        return posted(plans, period);
    }

    /** The plan posted for exactly this period of the year before. */
    Optional<Measurement> priorPostedPlan(Period period) {
        return posted(priorPlans, period);
    }

    /** The published figure noted on the current plan or actual of a period of either year; NONE without one. */
    PublishedFigure published(FigureKind kind, String period) {
        List<CurrentFigure> figures = kind == FigureKind.PLAN
                ? Stream.concat(plans.stream(), priorPlans.stream()).toList()
                : Stream.concat(actuals.stream(), priorActuals.stream()).toList();
        return figures.stream()
                .filter(figure -> figure.period().code().equals(period))
                .map(CurrentFigure::published)
                .findFirst()
                .orElse(PublishedFigure.NONE);
    }

    /** The kinds of period the metric's plans and actuals of the report's year are posted for. */
    Set<PeriodKind> postedKinds() {
        return Stream.concat(actuals.stream(), plans.stream())
                .map(figure -> figure.period().kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PeriodKind.class)));
    }

    /** Whether a figure of either year is a count without its own denominator, valued on the population. */
    boolean valuedOnPopulation() {
        return Stream.of(actuals, plans, priorActuals, priorPlans)
                .flatMap(List::stream)
                .map(CurrentFigure::measurement)
                .anyMatch(figure -> figure.denominator() == null
                        && figure.stated() == null
                        && !figure.isDailyRate()
                        && (figure.numerator() != null || figure.value() != null));
    }

    /** Whether any actual of the report's year is posted for a period of this kind. */
    boolean hasActualsFor(PeriodKind kind) {
        return actuals.stream().anyMatch(actual -> actual.period().kind() == kind);
    }

    private static Optional<PerformanceRow> find(List<PerformanceRow> rows, Period period) {
        return rows.stream().filter(row -> row.period().equals(period.code())).findFirst();
    }

    private static Optional<Measurement> posted(List<CurrentFigure> figures, Period period) {
        return figures.stream()
                .filter(figure -> figure.period().equals(period))
                .map(CurrentFigure::measurement)
                .findFirst();
    }

    private static List<CurrentFigure> ofMetric(MetricDefinition metric, List<CurrentFigure> figures) {
        return figures.stream()
                .filter(figure -> figure.metric().equals(metric.code()))
                .toList();
    }
}
