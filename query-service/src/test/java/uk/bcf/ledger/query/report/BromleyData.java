package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import uk.bcf.ledger.query.performance.CurrentFigure;
import uk.bcf.ledger.query.performance.PerformanceCalculator;
import uk.bcf.ledger.query.performance.PopulationLookup;
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
    static final FinancialYear YEAR = FinancialYear.of("2019-20");
    static final FinancialYear PRIOR_YEAR = FinancialYear.of("2018-19");
    static final ReportScope SCOPE = new ReportScope(YEAR.quarter(2), LocalDate.of(2019, 11, 21));

    static final List<CurrentFigure> ACTUALS = List.of(
            count("NEL", "2019-04", 2134),
            count("NEL", "2019-05", 2249),
            count("NEL", "2019-06", 2092),
            count("NEL", "2019-07", 2392),
            count("NEL", "2019-08", 2193),
            count("DTOC", "2019-20-Q1", 633),
            figure("RES_ADM_65", "2019-20-Q1", Measurement.events(65)),
            figure("RES_ADM_65", "2019-20-Q2", Measurement.events(125)),
            figure("REABLEMENT_91", "2019-20-Q1", Measurement.ratio(73, 74)));

    static final List<CurrentFigure> PLANS = List.of(
            count("NEL", "2019-20-Q1", 6589),
            count("NEL", "2019-20-Q2", 6659),
            figure("DTOC", "2019-20", Measurement.perDay(new BigDecimal("12.5"))),
            figure("RES_ADM_65", "2019-20", Measurement.events(245)),
            figure("REABLEMENT_91", "2019-20", Measurement.ratio(446, 495)));

    static final List<CurrentFigure> PRIOR_ACTUALS =
            List.of(figure("REABLEMENT_91", "2018-19-Q4", Measurement.ratio(339, 364)));

    static final List<CurrentFigure> PRIOR_PLANS =
            List.of(figure("DTOC", "2018-19", Measurement.perDay(new BigDecimal("10.31"))));

    static final PopulationLookup POPULATION = (year, band) ->
            year == 2019 && band.equals("65+") ? OptionalLong.of(57_626) : OptionalLong.empty();

    private BromleyData() {
    }

    static MetricData data(String metric) {
        return data(metric, List.of(), List.of(), Map.of());
    }

    /** The metric's data with extra figures of the report's year and the given plan histories. */
    static MetricData data(String metric, List<CurrentFigure> moreActuals, List<CurrentFigure> morePlans,
            Map<Period, List<PlanVersion>> planHistories) {
        return data(metric, Stream.concat(ACTUALS.stream(), moreActuals.stream()).toList(),
                Stream.concat(PLANS.stream(), morePlans.stream()).toList(), PRIOR_ACTUALS, PRIOR_PLANS, planHistories);
    }

    /** The metric's data from exactly these figures. */
    static MetricData data(String metric, List<CurrentFigure> actuals, List<CurrentFigure> plans,
            List<CurrentFigure> priorActuals, List<CurrentFigure> priorPlans,
            Map<Period, List<PlanVersion>> planHistories) {
        PerformanceCalculator calculator = new PerformanceCalculator(CATALOGUE);
        return new MetricData(CATALOGUE.find(metric).orElseThrow(),
                calculator.rows(YEAR, actuals, plans, POPULATION),
                calculator.rows(PRIOR_YEAR, priorActuals, priorPlans, POPULATION),
                actuals, priorActuals, plans, priorPlans, planHistories);
    }

    static CurrentFigure count(String metric, String period, long value) {
        return figure(metric, period, Measurement.count(value));
    }

    static CurrentFigure figure(String metric, String period, Measurement measurement) {
        return new CurrentFigure(metric, Period.parse(period), measurement);
    }
}
