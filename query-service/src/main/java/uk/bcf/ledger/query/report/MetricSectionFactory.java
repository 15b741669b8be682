package uk.bcf.ledger.query.report;

import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.query.projection.CommentaryRow;
import uk.bcf.ledger.shared.metric.MetricDefinition;

/** Builds the section of a report about one metric from what was known about it at the report's moment. */
final class MetricSectionFactory {

    private MetricSectionFactory() {}

    /**
     * @param data        the metric's figures
     * @param scope       the quarters covered and the cut-off
     * @param commentary  the board's commentaries of the year (any metric)
     * @param sources     the sources of the metric's actuals shown, empty when none states one
     * @param population  the population its rates are computed on, when one is recorded
     */
    static MetricSection of(
            MetricData data,
            ReportScope scope,
            List<CommentaryRow> commentary,
            List<String> sources,
            Optional<PopulationSource> population) {
        MetricDefinition metric = data.metric();
        return new MetricSection(
                metric.code(),
                metric.title(),
                metric.definition(),
                metric.unit(),
                capitalised(ReportLabels.betterWay(metric.goodDirection())),
                TargetStatement.of(data, scope),
                TableShape.of(data).table(data, scope),
                notes(data, scope, population),
                sources.isEmpty() ? metric.defaultSource() : String.join("; ", sources),
                MonthlyChart.of(data).orElse(null),
                CommentaryBlockFactory.of(metric.code(), scope, commentary),
                JudgementRule.judge(data, scope));
    }

    /**
     * The population note, only for a metric some of whose figures are valued on the population (a count of a rate
     * without its own denominator); rates given with their denominators, as printed or standardised need none.
     */
    private static List<String> notes(MetricData data, ReportScope scope, Optional<PopulationSource> population) {
        MetricDefinition metric = data.metric();
        if (metric.populationAgeBand() == null || metric.isStandardised() || !data.valuedOnPopulation()) {
            return List.of();
        }
        return List.of(population
                .map(PopulationSource::note)
                .orElse("No population " + metric.populationAgeBand() + " is recorded for "
                        + scope.year().startYear() + ", so rates cannot be computed."));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
