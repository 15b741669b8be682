package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.performance.Figures.NO_POPULATION;
import static uk.bcf.ledger.query.performance.Figures.count;
import static uk.bcf.ledger.query.performance.Figures.events;
import static uk.bcf.ledger.query.performance.Figures.plain;
import static uk.bcf.ledger.query.performance.Figures.population;
import static uk.bcf.ledger.query.performance.Figures.row;
import static uk.bcf.ledger.query.performance.TestMetrics.calculatorFor;
import static uk.bcf.ledger.query.performance.TestMetrics.metric;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.shared.metric.Direction;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.period.FinancialYear;

class PerformanceRulesTest {

    private static final FinancialYear YEAR = FinancialYear.of("2019-20");

    private final PerformanceCalculator standard = new PerformanceCalculator(MetricCatalogue.standard());

    @Test
    void aMetricNotInForceInTheYearHasNoRows() {
        List<PerformanceRow> rows2019 = standard.rows(
                FinancialYear.of("2018-19"),
                List.of(count("AVOIDABLE_ADM", "2018-19-Q1", 10)),
                List.of(),
                NO_POPULATION);
        List<PerformanceRow> rows2021 = standard.rows(
                FinancialYear.of("2021-22"),
                List.of(count("NEL", "2021-04", 2000)),
                List.of(count("NEL", "2021-22-Q1", 6000)),
                NO_POPULATION);

        assertThat(rows2019).extracting(PerformanceRow::metric).doesNotContain("AVOIDABLE_ADM");
        assertThat(rows2021)
                .extracting(PerformanceRow::metric)
                .doesNotContain("NEL", "DTOC")
                .contains("AVOIDABLE_ADM");
    }

    @Test
    void aMetricInABaselineYearHasRowsOnlyWhereTheBoardHasFiguresOfIt() {
        List<PerformanceRow> withBaseline =
                standard.rows(YEAR, List.of(count("AVOIDABLE_ADM", "2019-20", 1037)), List.of(), NO_POPULATION);
        List<PerformanceRow> without = standard.rows(YEAR, List.of(), List.of(), NO_POPULATION);

        assertThat(withBaseline).extracting(PerformanceRow::metric).contains("AVOIDABLE_ADM");
        assertThat(without).extracting(PerformanceRow::metric).doesNotContain("AVOIDABLE_ADM");
    }

    @Test
    void figuresOfAnotherYearAreIgnored() {
        List<CurrentFigure> actuals = new ArrayList<>(BromleyFigures.ACTUALS);
        actuals.add(count("NEL", "2019-03", 9999));
        actuals.add(count("NEL", "2018-19-Q1", 9999));
        List<CurrentFigure> plans = new ArrayList<>(BromleyFigures.PLANS);
        plans.add(count("NEL", "2020-21-Q3", 1));
        plans.add(count("NEL", "2018-19", 1));

        List<PerformanceRow> rows = standard.rows(YEAR, actuals, plans, BromleyFigures.POPULATIONS);

        assertThat(rows)
                .isEqualTo(
                        standard.rows(YEAR, BromleyFigures.ACTUALS, BromleyFigures.PLANS, BromleyFigures.POPULATIONS));
    }

    @Test
    void aRateWithoutPopulationIsComparedWithItsPlanInCounts() {
        List<PerformanceRow> rows = standard.rows(
                YEAR,
                List.of(events("RES_ADM_65", "2019-20-Q1", 65)),
                List.of(events("RES_ADM_65", "2019-20", 245)),
                population(2018, "65+", 57_000));

        PerformanceRow q1 = row(rows, "RES_ADM_65", "2019-20-Q1");
        assertThat(q1.value()).isNull();
        assertThat(q1.numerator()).isEqualTo(65L);
        assertThat(q1.denominator()).isNull();
        assertThat(q1.plan()).isNull();
        assertThat(plain(q1.planCount())).isEqualTo("61.25");
        assertThat(plain(q1.variance())).isEqualTo("4");
        assertThat(q1.status()).isEqualTo(PerformanceStatus.OFF_TRACK);
    }

    @Test
    void meetingThePlanExactlyIsOnTrackInBothDirections() {
        PerformanceCalculator calculator = calculatorFor(
                metric("LOW", ValueShape.COUNT, Rollup.SUM, Direction.LOWER_IS_BETTER),
                metric("HIGH", ValueShape.COUNT, Rollup.SUM, Direction.HIGHER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(count("LOW", "2019-20-Q1", 100), count("HIGH", "2019-20-Q1", 100)),
                List.of(count("LOW", "2019-20-Q1", 100), count("HIGH", "2019-20-Q1", 100)),
                NO_POPULATION);

        for (String metric : List.of("LOW", "HIGH")) {
            PerformanceRow q1 = row(rows, metric, "2019-20-Q1");
            assertThat(q1.status()).isEqualTo(PerformanceStatus.ON_TRACK);
            assertThat(plain(q1.variance())).isEqualTo("0");
            assertThat(plain(q1.variancePct())).isEqualTo("0.0");
        }
    }

    @Test
    void higherIsBetterBelowPlanIsOffTrack() {
        PerformanceCalculator calculator =
                calculatorFor(metric("HIGH", ValueShape.COUNT, Rollup.SUM, Direction.HIGHER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(count("HIGH", "2019-20-Q1", 99)),
                List.of(count("HIGH", "2019-20-Q1", 100)),
                NO_POPULATION);

        PerformanceRow q1 = row(rows, "HIGH", "2019-20-Q1");
        assertThat(q1.status()).isEqualTo(PerformanceStatus.OFF_TRACK);
        assertThat(plain(q1.variance())).isEqualTo("-1");
        assertThat(plain(q1.variancePct())).isEqualTo("-1.0");
    }

    @Test
    void aQuarterActualPostedDirectlyBeatsItsMonths() {
        List<PerformanceRow> rows = standard.rows(
                YEAR,
                List.of(count("NEL", "2019-04", 10), count("NEL", "2019-05", 20), count("NEL", "2019-20-Q1", 50)),
                List.of(),
                NO_POPULATION);

        PerformanceRow q1 = row(rows, "NEL", "2019-20-Q1");
        assertThat(plain(q1.value())).isEqualTo("50");
        assertThat(q1.monthsReported()).containsExactly("2019-04", "2019-05", "2019-06");
        assertThat(q1.complete()).isTrue();
        assertThat(q1.status()).isEqualTo(PerformanceStatus.NO_PLAN);
        assertThat(rows).extracting(PerformanceRow::period).startsWith("2019-04", "2019-05", "2019-20-Q1");
    }
}
