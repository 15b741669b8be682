package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.performance.Figures.NO_POPULATION;
import static uk.bcf.ledger.query.performance.Figures.plain;
import static uk.bcf.ledger.query.performance.Figures.row;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * A board's local metric (the seed's {@code BURY_FALLS_INJURIES_65}, Bury's) is in the board's own view every year it
 * is in force, like a national metric; another board's view never holds it, not even from figures it holds.
 */
class LocalMetricRowsTest {

    private static final String BURY = "E08000002";
    private static final String BROMLEY = "E09000006";
    private static final String LOCAL = "BURY_FALLS_INJURIES_65";
    private static final FinancialYear YEAR = FinancialYear.of("2015-16");

    private final PerformanceCalculator calculator = new PerformanceCalculator(MetricCatalogue.standard());

    private static List<CurrentFigure> localActual() {
        return List.of(
                new CurrentFigure(LOCAL, Period.parse("2015-16-Q1"), Measurement.rate(new BigDecimal("1523.4"), null)));
    }

    @Test
    void theBoardsOwnLocalMetricIsInItsViewWithoutFigures() {
        List<PerformanceRow> rows = calculator.forBoard(BURY).rows(YEAR, List.of(), List.of(), NO_POPULATION);

        assertThat(row(rows, LOCAL, "2015-16").status()).isEqualTo(PerformanceStatus.NO_DATA);
        assertThat(row(rows, "NEL", "2015-16")).isNotNull();
    }

    @Test
    void theBoardsOwnLocalMetricCarriesItsFigures() {
        List<PerformanceRow> rows =
                calculator.forBoard(BURY).asOf(Instant.now()).rows(YEAR, localActual(), List.of(), NO_POPULATION);

        assertThat(plain(row(rows, LOCAL, "2015-16-Q1").value())).isEqualTo("1523.4");
    }

    @Test
    void anotherBoardsViewNeverHoldsTheLocalMetric() {
        List<PerformanceRow> rows = calculator.forBoard(BROMLEY).rows(YEAR, localActual(), List.of(), NO_POPULATION);

        assertThat(rows)
                .extracting(PerformanceRow::metric)
                .doesNotContain(LOCAL)
                .contains("NEL");
    }

    @Test
    void aCalculationForNoBoardShowsALocalMetricOnlyWithFigures() {
        assertThat(calculator.rows(YEAR, List.of(), List.of(), NO_POPULATION))
                .extracting(PerformanceRow::metric)
                .doesNotContain(LOCAL);
        assertThat(calculator.rows(YEAR, localActual(), List.of(), NO_POPULATION))
                .extracting(PerformanceRow::metric)
                .contains(LOCAL);
    }
}
