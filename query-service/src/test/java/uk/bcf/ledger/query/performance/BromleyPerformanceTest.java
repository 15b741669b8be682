package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.performance.Figures.plain;
import static uk.bcf.ledger.query.performance.Figures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/** Reproduces the figures of Bromley's 2019-20 Q1/Q2 performance report from their components. */
class BromleyPerformanceTest {

    private final List<PerformanceRow> rows = new PerformanceCalculator(MetricCatalogue.standard())
            .rows(BromleyFigures.YEAR, BromleyFigures.ACTUALS, BromleyFigures.PLANS, BromleyFigures.POPULATIONS);

    @Test
    void rowsComeInCatalogueOrderWithPostedMonthsThenQuartersThenTheYear() {
        assertThat(rows)
                .extracting(PerformanceRow::metric)
                .containsSubsequence("NEL", "DTOC", "RES_ADM_65", "REABLEMENT_91")
                .doesNotContain("AVOIDABLE_ADM", "LOS_14", "LOS_21", "DISCHARGE_USUAL_RES");
        assertThat(rows.stream().filter(row -> row.metric().equals("NEL")).map(PerformanceRow::period))
                .containsExactly(
                        "2019-04",
                        "2019-05",
                        "2019-06",
                        "2019-07",
                        "2019-08",
                        "2019-20-Q1",
                        "2019-20-Q2",
                        "2019-20-Q3",
                        "2019-20-Q4",
                        "2019-20");
        assertThat(rows.stream().filter(row -> row.metric().equals("DTOC")).map(PerformanceRow::period))
                .containsExactly("2019-20-Q1", "2019-20-Q2", "2019-20-Q3", "2019-20-Q4", "2019-20");
    }

    @Test
    void nonElectiveAdmissionsFirstQuarterIsWithinPlan() {
        PerformanceRow q1 = row(rows, "NEL", "2019-20-Q1");

        assertThat(plain(q1.value())).isEqualTo("6475");
        assertThat(plain(q1.plan())).isEqualTo("6589");
        assertThat(plain(q1.variance())).isEqualTo("-114");
        assertThat(plain(q1.variancePct())).isEqualTo("-1.7");
        assertThat(q1.monthsReported()).containsExactly("2019-04", "2019-05", "2019-06");
        assertThat(q1.complete()).isTrue();
        assertThat(q1.numerator()).isNull();
        assertThat(q1.denominator()).isNull();
        assertThat(q1.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }

    @Test
    void nonElectiveAdmissionsSecondQuarterIsAPartialSumWithoutVariance() {
        PerformanceRow q2 = row(rows, "NEL", "2019-20-Q2");

        assertThat(plain(q2.value())).isEqualTo("4585");
        assertThat(q2.monthsReported()).containsExactly("2019-07", "2019-08");
        assertThat(q2.complete()).isFalse();
        assertThat(plain(q2.plan())).isEqualTo("6659");
        assertThat(q2.variance()).isNull();
        assertThat(q2.variancePct()).isNull();
        assertThat(q2.status()).isEqualTo(PerformanceStatus.INCOMPLETE);
    }

    @Test
    void nonElectiveAdmissionsLaterPeriods() {
        PerformanceRow q3 = row(rows, "NEL", "2019-20-Q3");
        assertThat(q3.status()).isEqualTo(PerformanceStatus.NO_DATA);
        assertThat(q3.value()).isNull();
        assertThat(q3.plan()).isNull();
        assertThat(q3.monthsReported()).isEmpty();

        PerformanceRow year = row(rows, "NEL", "2019-20");
        assertThat(plain(year.value())).isEqualTo("11060");
        assertThat(year.complete()).isFalse();
        assertThat(year.status()).isEqualTo(PerformanceStatus.INCOMPLETE);
    }

    @Test
    void aPostedMonthIsItsOwnCompleteRowWithoutAPlan() {
        PerformanceRow april = row(rows, "NEL", "2019-04");

        assertThat(plain(april.value())).isEqualTo("2134");
        assertThat(april.monthsReported()).containsExactly("2019-04");
        assertThat(april.complete()).isTrue();
        assertThat(april.status()).isEqualTo(PerformanceStatus.NO_PLAN);
    }

    @Test
    void delayedTransfersPlansAreTheDailyTargetTimesTheDaysTruncated() {
        assertThat(rows.stream().filter(row -> row.metric().equals("DTOC")).map(row -> plain(row.plan())))
                .containsExactly("1137", "1150", "1150", "1137", "4575");

        PerformanceRow q1 = row(rows, "DTOC", "2019-20-Q1");
        assertThat(plain(q1.value())).isEqualTo("633");
        assertThat(plain(q1.variance())).isEqualTo("-504");
        assertThat(q1.monthsReported()).containsExactly("2019-04", "2019-05", "2019-06");
        assertThat(q1.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }

    @Test
    void residentialAdmissionsAreYearToDateRatesOnThePopulation() {
        PerformanceRow q1 = row(rows, "RES_ADM_65", "2019-20-Q1");
        assertThat(plain(q1.value())).isEqualTo("112.8");
        assertThat(q1.numerator()).isEqualTo(65L);
        assertThat(q1.denominator()).isEqualTo(57_626L);

        PerformanceRow q2 = row(rows, "RES_ADM_65", "2019-20-Q2");
        assertThat(plain(q2.value())).isEqualTo("216.9");
        assertThat(plain(q2.plan())).isEqualTo("212.6");
        assertThat(q2.status()).isEqualTo(PerformanceStatus.OFF_TRACK);

        PerformanceRow year = row(rows, "RES_ADM_65", "2019-20");
        assertThat(plain(year.value())).isEqualTo("216.9");
        assertThat(plain(year.plan())).isEqualTo("425.2");
        assertThat(year.monthsReported())
                .containsExactly("2019-04", "2019-05", "2019-06", "2019-07", "2019-08", "2019-09");
        assertThat(year.status()).isEqualTo(PerformanceStatus.INCOMPLETE);
    }

    @Test
    void reablementQuarterIsJudgedAgainstTheYearRatio() {
        PerformanceRow q1 = row(rows, "REABLEMENT_91", "2019-20-Q1");

        assertThat(plain(q1.value())).isEqualTo("98.6");
        assertThat(q1.numerator()).isEqualTo(73L);
        assertThat(q1.denominator()).isEqualTo(74L);
        assertThat(plain(q1.plan())).isEqualTo("90.1");
        assertThat(q1.status()).isEqualTo(PerformanceStatus.ON_TRACK);
    }
}
