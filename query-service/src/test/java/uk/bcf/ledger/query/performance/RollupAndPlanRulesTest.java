package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.performance.Figures.NO_POPULATION;
import static uk.bcf.ledger.query.performance.Figures.count;
import static uk.bcf.ledger.query.performance.Figures.events;
import static uk.bcf.ledger.query.performance.Figures.perDay;
import static uk.bcf.ledger.query.performance.Figures.plain;
import static uk.bcf.ledger.query.performance.Figures.population;
import static uk.bcf.ledger.query.performance.Figures.ratio;
import static uk.bcf.ledger.query.performance.Figures.row;
import static uk.bcf.ledger.query.performance.TestMetrics.calculatorFor;
import static uk.bcf.ledger.query.performance.TestMetrics.metric;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.metric.Direction;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.period.FinancialYear;

class RollupAndPlanRulesTest {

    private static final FinancialYear YEAR = FinancialYear.of("2019-20");

    @Test
    void aSumYearIsCompleteWhenEveryQuarterIsAndItsPlanIsTheSumOfTheQuarterPlans() {
        PerformanceCalculator calculator =
                calculatorFor(metric("SUM", ValueShape.COUNT, Rollup.SUM, Direction.LOWER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(
                        count("SUM", "2019-20-Q1", 10),
                        count("SUM", "2019-20-Q2", 20),
                        count("SUM", "2019-20-Q3", 30),
                        count("SUM", "2020-01", 5),
                        count("SUM", "2020-02", 5),
                        count("SUM", "2020-03", 5)),
                List.of(
                        count("SUM", "2019-20-Q1", 10),
                        count("SUM", "2019-20-Q2", 10),
                        count("SUM", "2019-20-Q3", 10),
                        count("SUM", "2020-01", 10),
                        count("SUM", "2020-02", 10),
                        count("SUM", "2020-03", 10)),
                NO_POPULATION);

        PerformanceRow year = row(rows, "SUM", "2019-20");
        assertThat(plain(year.value())).isEqualTo("75");
        assertThat(year.monthsReported()).hasSize(12);
        assertThat(year.complete()).isTrue();
        assertThat(plain(row(rows, "SUM", "2019-20-Q4").plan())).isEqualTo("30");
        assertThat(plain(year.plan())).isEqualTo("60");
        assertThat(year.status()).isEqualTo(PerformanceStatus.OFF_TRACK);
    }

    @Test
    void aMonthTakesItsPlanFromADailyRatePostedForTheYear() {
        PerformanceCalculator calculator =
                calculatorFor(metric("DAYS", ValueShape.COUNT, Rollup.SUM, Direction.LOWER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(count("DAYS", "2020-02", 300)),
                List.of(perDay("DAYS", "2019-20", "10.31")),
                NO_POPULATION);

        assertThat(plain(row(rows, "DAYS", "2020-02").plan())).isEqualTo("298");
        assertThat(row(rows, "DAYS", "2020-02").status()).isEqualTo(PerformanceStatus.OFF_TRACK);
    }

    @Test
    void aYearToDateQuarterIsItsLatestMonthAndCompleteOnlyAtItsLastMonth() {
        PerformanceCalculator calculator = calculatorFor(
                metric("YTD", ValueShape.RATE_PER_100K, Rollup.CUMULATIVE_YEAR_TO_DATE, Direction.LOWER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(events("YTD", "2019-04", 20), events("YTD", "2019-06", 60), events("YTD", "2019-07", 80)),
                List.of(),
                population(2019, "65+", 100_000));

        PerformanceRow q1 = row(rows, "YTD", "2019-20-Q1");
        assertThat(plain(q1.value())).isEqualTo("60.0");
        assertThat(q1.monthsReported()).containsExactly("2019-04", "2019-05", "2019-06");
        assertThat(q1.complete()).isTrue();
        PerformanceRow q2 = row(rows, "YTD", "2019-20-Q2");
        assertThat(plain(q2.value())).isEqualTo("80.0");
        assertThat(q2.monthsReported()).containsExactly("2019-07");
        assertThat(q2.status()).isEqualTo(PerformanceStatus.INCOMPLETE);
    }

    @Test
    void aRatioOfSumsAddsNumeratorsAndDenominatorsSeparately() {
        PerformanceCalculator calculator =
                calculatorFor(metric("PCT", ValueShape.PERCENTAGE, Rollup.RATIO_OF_SUMS, Direction.HIGHER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(ratio("PCT", "2019-04", 1, 2), ratio("PCT", "2019-05", 3, 4), ratio("PCT", "2019-06", 5, 6)),
                List.of(ratio("PCT", "2019-20", 3, 4)),
                NO_POPULATION);

        PerformanceRow q1 = row(rows, "PCT", "2019-20-Q1");
        assertThat(plain(q1.value())).isEqualTo("75.0");
        assertThat(q1.numerator()).isEqualTo(9L);
        assertThat(q1.denominator()).isEqualTo(12L);
        assertThat(plain(q1.plan())).isEqualTo("75.0");
        assertThat(q1.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }

    @Test
    void aSummedRateUsesTheDenominatorOfItsLatestFigure() {
        PerformanceCalculator calculator =
                calculatorFor(metric("RATE", ValueShape.RATE_PER_100K, Rollup.SUM, Direction.LOWER_IS_BETTER));

        List<PerformanceRow> rows = calculator.rows(
                YEAR,
                List.of(ratio("RATE", "2019-04", 10, 50_000), events("RATE", "2019-05", 10)),
                List.of(),
                population(2019, "65+", 200_000));

        PerformanceRow q1 = row(rows, "RATE", "2019-20-Q1");
        assertThat(q1.numerator()).isEqualTo(20L);
        assertThat(q1.denominator()).isEqualTo(200_000L);
        assertThat(plain(q1.value())).isEqualTo("10.0");
        assertThat(row(rows, "RATE", "2019-04").denominator()).isEqualTo(50_000L);
    }
}
