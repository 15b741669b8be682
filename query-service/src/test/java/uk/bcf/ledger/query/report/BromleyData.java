package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.bcf.ledger.query.performance.BromleyFigures;
import uk.bcf.ledger.query.performance.PerformanceCalculator;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.query.projection.PopulationLookup;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * Bromley's figures as presented on 21 November 2019 (see shared/domain/bromley-2019-20.md), held in memory, and
 * the per-metric data a report section is built from.
 */
final class BromleyData {

    static final MetricCatalogue CATALOGUE = MetricCatalogue.standard();
    static final FinancialYear YEAR = BromleyFigures.YEAR;
    static final FinancialYear PRIOR_YEAR = FinancialYear.of("2018-19");
    static final ReportScope SCOPE = new ReportScope(YEAR.quarter(2), LocalDate.of(2019, 11, 21));

    static final List<CurrentFigure> ACTUALS = BromleyFigures.ACTUALS;
    static final List<CurrentFigure> PLANS = BromleyFigures.PLANS;

    static final List<CurrentFigure> PRIOR_ACTUALS =
            List.of(figure("REABLEMENT_91", "2018-19-Q4", Measurement.ratio(339, 364)));

    static final List<CurrentFigure> PRIOR_PLANS =
            List.of(figure("DTOC", "2018-19", Measurement.perDay(new BigDecimal("10.31"))));

    static final PopulationLookup POPULATION = BromleyFigures.POPULATIONS;

    private BromleyData() {}

    static MetricData data(String metric) {
        return data(metric, List.of(), List.of(), Map.of());
    }

    /** The metric's data with extra figures of the report's year and the given plan histories. */
    static MetricData data(
            String metric,
            List<CurrentFigure> moreActuals,
            List<CurrentFigure> morePlans,
            Map<Period, List<PlanVersion>> planHistories) {
        return data(
                metric,
                Stream.concat(ACTUALS.stream(), moreActuals.stream()).toList(),
                Stream.concat(PLANS.stream(), morePlans.stream()).toList(),
                PRIOR_ACTUALS,
                PRIOR_PLANS,
                planHistories);
    }

    /** The metric's data from exactly these figures. */
    static MetricData data(
            String metric,
            List<CurrentFigure> actuals,
            List<CurrentFigure> plans,
            List<CurrentFigure> priorActuals,
            List<CurrentFigure> priorPlans,
            Map<Period, List<PlanVersion>> planHistories) {
        PerformanceCalculator calculator = new PerformanceCalculator(CATALOGUE);
        return new MetricData(
                CATALOGUE.find(metric).orElseThrow(),
                calculator.rows(YEAR, actuals, plans, POPULATION),
                calculator.rows(PRIOR_YEAR, priorActuals, priorPlans, POPULATION),
                actuals,
                priorActuals,
                plans,
                priorPlans,
                planHistories);
    }

    static CurrentFigure count(String metric, String period, long value) {
        return figure(metric, period, Measurement.count(value));
    }

    static CurrentFigure figure(String metric, String period, Measurement measurement) {
        return new CurrentFigure(metric, Period.parse(period), measurement);
    }
}
