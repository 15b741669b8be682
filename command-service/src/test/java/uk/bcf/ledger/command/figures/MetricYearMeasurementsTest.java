package uk.bcf.ledger.command.figures;

import static org.hamcrest.CoreMatchers.containsString;
import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.SALT;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.numerator;
import static uk.bcf.ledger.command.figures.FigureTestData.perDay;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.ratio;
import static uk.bcf.ledger.command.figures.FigureTestData.recorded;
import static uk.bcf.ledger.command.figures.FigureTestData.value;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Which measurements and periods each metric accepts for an actual, and the canonical form it stores. */
class MetricYearMeasurementsTest {

    private FixtureConfiguration<MetricYear> fixture;

    private static Measurement rate(String rate) {
        return Measurement.rate(new BigDecimal(rate), null);
    }

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    private static RecordActualCommand actual(String metric, String period, Measurement measurement) {
        return new RecordActualCommand(BROMLEY, metric, period(period), measurement, null, ANALYST, null);
    }

    private void expectRefusal(Object command, RefusalKind kind, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(Refusal.class)
                .expectException(refusal(kind, field))
                .expectNoEvents();
    }

    // --- rates: RES_ADM_65 -------------------------------------------------------------------------------

    @Test
    void storesARateGivenAsValueCanonicallyAsNumeratorWithoutDenominator() {
        fixture.givenNoPriorActivity()
                .when(actual("RES_ADM_65", "2019-20-Q1", value("65")))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY,
                        "RES_ADM_65",
                        period("2019-20-Q1"),
                        new Measurement(null, 65L, null, null, null, null, null),
                        1,
                        recorded(SALT)))
                .expectResultMessagePayload(new FigureVersion("E09000006/RES_ADM_65/2019-20", 0, 1));
    }

    @Test
    void keepsAnExplicitNumeratorAndDenominatorOfARate() {
        fixture.givenNoPriorActivity()
                .when(actual("RES_ADM_65", "2019-20-Q2", ratio(125, 57_626)))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY,
                        "RES_ADM_65",
                        period("2019-20-Q2"),
                        new Measurement(null, 125L, 57_626L, null, null, null, null),
                        1,
                        recorded(SALT)));
    }

    @Test
    void refusesValueAndNumeratorTogetherForARate() {
        expectRefusal(
                actual(
                        "RES_ADM_65",
                        "2019-20-Q1",
                        new Measurement(new BigDecimal("65"), 65L, null, null, null, null, null)),
                RefusalKind.INVALID,
                "value");
    }

    @Test
    void refusesAZeroPopulationDenominatorForARate() {
        expectRefusal(actual("RES_ADM_65", "2019-20-Q1", ratio(65, 0)), RefusalKind.INVALID, "denominator");
    }

    @Test
    void refusesANegativeNumeratorForARate() {
        expectRefusal(actual("RES_ADM_65", "2019-20-Q1", numerator(-1)), RefusalKind.INVALID, "numerator");
    }

    // --- percentages: REABLEMENT_91 ------------------------------------------------------------------------

    @Test
    void recordsAProportionAsNumeratorOverDenominator() {
        fixture.givenNoPriorActivity()
                .when(actual("REABLEMENT_91", "2019-20-Q1", ratio(73, 74)))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY, "REABLEMENT_91", period("2019-20-Q1"), Measurement.ratio(73, 74), 1, recorded(SALT)));
    }

    @Test
    void refusesANumeratorAboveTheDenominator() {
        expectRefusal(actual("REABLEMENT_91", "2019-20-Q1", ratio(75, 74)), RefusalKind.INVALID, "numerator");
    }

    @Test
    void refusesAZeroDenominator() {
        expectRefusal(actual("REABLEMENT_91", "2019-20-Q1", ratio(0, 0)), RefusalKind.INVALID, "denominator");
    }

    @Test
    void refusesAProportionWithoutDenominator() {
        expectRefusal(actual("REABLEMENT_91", "2019-20-Q1", numerator(73)), RefusalKind.INVALID, "denominator");
    }

    @Test
    void refusesAValueForAPercentageMetric() {
        expectRefusal(actual("REABLEMENT_91", "2019-20-Q1", value("98.6")), RefusalKind.INVALID, "value");
    }

    @Test
    void refusesAnActualForAPeriodKindTheMetricDoesNotTake() {
        fixture.givenNoPriorActivity()
                .when(actual("REABLEMENT_91", "2019-06", ratio(20, 21)))
                .expectException(refusal(RefusalKind.INVALID, "period"))
                .expectExceptionMessage(containsString("not per month"))
                .expectNoEvents();
    }

    // --- counts: NEL and DTOC --------------------------------------------------------------------------

    @Test
    void refusesANegativeCount() {
        expectRefusal(actual("NEL", "2019-04", value("-1")), RefusalKind.INVALID, "value");
    }

    @Test
    void refusesANonWholeCount() {
        expectRefusal(actual("NEL", "2019-04", value("2134.5")), RefusalKind.INVALID, "value");
    }

    @Test
    void refusesACountWithoutValue() {
        expectRefusal(
                actual("NEL", "2019-04", new Measurement(null, null, null, null, null, null, null)),
                RefusalKind.INVALID,
                "value");
    }

    @Test
    void refusesNumeratorAndDenominatorForACountMetric() {
        expectRefusal(actual("NEL", "2019-04", ratio(2134, 2200)), RefusalKind.INVALID, "numerator");
    }

    @Test
    void refusesADailyRateForAnActual() {
        expectRefusal(actual("DTOC", "2019-04", perDay("7.2")), RefusalKind.INVALID, "perDay");
    }

    // --- metric and period --------------------------------------------------------------------------------

    @Test
    void refusesAnUnknownMetric() {
        fixture.givenNoPriorActivity()
                .when(actual("A_AND_E", "2019-04", value("10")))
                .expectException(refusal(RefusalKind.INVALID, "metric"))
                .expectExceptionMessage(containsString("unknown metric 'A_AND_E'"))
                .expectNoEvents();
    }

    @Test
    void refusesAMetricNoLongerInForceInTheYear() {
        fixture.givenNoPriorActivity()
                .when(actual("NEL", "2021-05", value("2000")))
                .expectException(refusal(RefusalKind.INVALID, "period"))
                .expectExceptionMessage(containsString("not a BCF metric in 2021-22"))
                .expectNoEvents();
    }

    @Test
    void refusesAMetricNotYetInForceInTheYearNorBaselinedThen() {
        expectRefusal(actual("AVOIDABLE_ADM", "2018-19", rate("1037.2")), RefusalKind.INVALID, "period");
    }

    @Test
    void refusesAnActualForAMonthThatHasNotEndedYet() {
        fixture.givenNoPriorActivity()
                .when(actual("NEL", "2019-11", value("2300")))
                .expectException(refusal(RefusalKind.INVALID, "period"))
                .expectExceptionMessage(containsString("has not ended yet"))
                .expectNoEvents();
    }

    @Test
    void refusesAnActualForAQuarterThatHasNotEndedYet() {
        expectRefusal(actual("NEL", "2019-20-Q3", value("6700")), RefusalKind.INVALID, "period");
    }

    @Test
    void acceptsAnActualForTheLastMonthThatHasEnded() {
        fixture.givenNoPriorActivity()
                .when(actual("NEL", "2019-10", value("2350")))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY, "NEL", period("2019-10"), Measurement.count(2350), 1, recorded(FigureTestData.SUS)));
    }
}
