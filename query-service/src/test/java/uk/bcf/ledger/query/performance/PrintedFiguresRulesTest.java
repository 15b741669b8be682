package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.performance.Figures.NO_POPULATION;
import static uk.bcf.ledger.query.performance.Figures.count;
import static uk.bcf.ledger.query.performance.Figures.events;
import static uk.bcf.ledger.query.performance.Figures.plain;
import static uk.bcf.ledger.query.performance.Figures.ratio;
import static uk.bcf.ledger.query.performance.Figures.row;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * The performance rules for figures entered as boards print them (ADR 15): printed rates, percentages and means
 * are their own values and show no made-up components; annual outturns stand beside their parts and are flagged
 * when they disagree; a rate's count plan and count actual are compared in counts when no population is known.
 */
class PrintedFiguresRulesTest {

    private final PerformanceCalculator calculator = new PerformanceCalculator(MetricCatalogue.standard());

    private static CurrentFigure printed(String metric, String period, Measurement measurement) {
        return new CurrentFigure(metric, Period.parse(period), measurement);
    }

    @Test
    void aStandardisedRateIsItsPrintedValueWithItsCountAndNoPopulation() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2021-22"),
                List.of(printed("AVOIDABLE_ADM", "2021-22", Measurement.rate(new BigDecimal("1019.4"), 1871L))),
                List.of(printed("AVOIDABLE_ADM", "2021-22", Measurement.rate(new BigDecimal("1037.2"), null))),
                NO_POPULATION);

        PerformanceRow year = row(rows, "AVOIDABLE_ADM", "2021-22");
        assertThat(plain(year.value())).isEqualTo("1019.4");
        assertThat(year.numerator()).isEqualTo(1871L);
        assertThat(year.denominator()).isNull();
        assertThat(plain(year.plan())).isEqualTo("1037.2");
        assertThat(plain(year.variance())).isEqualTo("-17.8");
        assertThat(year.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }

    @Test
    void aPrintedPercentageShowsNoComponents() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2021-22"),
                List.of(printed("LOS_14", "2021-22-Q3", Measurement.percent(new BigDecimal("9.1")))),
                List.of(printed("LOS_14", "2021-22-Q3", Measurement.percent(new BigDecimal("8.4")))),
                NO_POPULATION);

        PerformanceRow q3 = row(rows, "LOS_14", "2021-22-Q3");
        assertThat(plain(q3.value())).isEqualTo("9.1");
        assertThat(q3.numerator()).isNull();
        assertThat(q3.denominator()).isNull();
        assertThat(plain(q3.plan())).isEqualTo("8.4");
        assertThat(q3.status()).isEqualTo(PerformanceStatus.OFF_TRACK);
    }

    @Test
    void printedPercentagesOfMonthsDoNotMakeAQuarterWithoutComponents() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2021-22"),
                List.of(
                        printed("LOS_14", "2021-10", Measurement.percent(new BigDecimal("9.1"))),
                        printed("LOS_14", "2021-11", Measurement.percent(new BigDecimal("8.0"))),
                        printed("LOS_14", "2021-12", Measurement.percent(new BigDecimal("8.2")))),
                List.of(),
                NO_POPULATION);

        assertThat(row(rows, "LOS_14", "2021-22-Q3").value()).isNull();
        assertThat(plain(row(rows, "LOS_14", "2021-11").value())).isEqualTo("8.0");
    }

    @Test
    void anAnnualOutturnStandsAndIsFlaggedWhenItsQuartersGiveAnotherTotal() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2016-17"),
                List.of(
                        count("NEL", "2016-17", 19_674),
                        count("NEL", "2016-17-Q1", 5_000),
                        count("NEL", "2016-17-Q2", 5_000),
                        count("NEL", "2016-17-Q3", 5_000),
                        count("NEL", "2016-17-Q4", 4_700)),
                List.of(count("NEL", "2016-17", 19_880)),
                NO_POPULATION);

        PerformanceRow year = row(rows, "NEL", "2016-17");
        assertThat(plain(year.value())).isEqualTo("19674");
        assertThat(plain(year.variance())).isEqualTo("-206");
        assertThat(plain(year.partsValue())).isEqualTo("19700");
        assertThat(year.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }

    @Test
    void anAnnualOutturnThatItsPartsAgreeWithIsNotFlagged() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2016-17"),
                List.of(
                        count("NEL", "2016-17", 20_000),
                        count("NEL", "2016-17-Q1", 5_000),
                        count("NEL", "2016-17-Q2", 5_000),
                        count("NEL", "2016-17-Q3", 5_000),
                        count("NEL", "2016-17-Q4", 5_000)),
                List.of(),
                NO_POPULATION);

        assertThat(row(rows, "NEL", "2016-17").partsValue()).isNull();
    }

    @Test
    void countTargetsMeetCountActualsWhenNoPopulationIsKnown() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2016-17"),
                List.of(events("RES_ADM_65", "2016-17", 145)),
                List.of(events("RES_ADM_65", "2016-17", 170)),
                NO_POPULATION);

        PerformanceRow year = row(rows, "RES_ADM_65", "2016-17");
        assertThat(year.value()).isNull();
        assertThat(year.numerator()).isEqualTo(145L);
        assertThat(plain(year.planCount())).isEqualTo("170");
        assertThat(plain(year.variance())).isEqualTo("-25");
        assertThat(year.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }

    @Test
    void ratesWithTheirOwnDenominatorsNeedNoPopulation() {
        List<PerformanceRow> rows = calculator.rows(
                FinancialYear.of("2021-22"),
                List.of(),
                List.of(ratio("RES_ADM_65", "2021-22", 200, 36_273)),
                NO_POPULATION);

        assertThat(plain(row(rows, "RES_ADM_65", "2021-22").plan())).isEqualTo("551.4");
    }
}
