package uk.bcf.ledger.command.figures;

import static org.hamcrest.CoreMatchers.containsString;
import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.NOW;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.ratio;
import static uk.bcf.ledger.command.figures.FigureTestData.value;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Figures entered as boards print them (ADR 15): a rate, percentage or mean without its components; components
 * with the printed figure beside them, which is checked at the decimals it was printed with and noted; standardised
 * rates only as rates; actuals of baseline years. The figures are Bromley's ledger with Southend-on-Sea's 2021-22
 * template figures.
 */
class MetricYearPrintedFormsTest {

    private static final Provenance PLANNED = new Provenance(ANALYST, NOW, null, null);
    private static final Provenance NOTED = new Provenance(ANALYST, NOW, null, null);

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    private static SetPlanCommand plan(String metric, String period, Measurement measurement, String published) {
        return new SetPlanCommand(
                BROMLEY,
                metric,
                period(period),
                measurement,
                null,
                ANALYST,
                published == null ? null : new BigDecimal(published));
    }

    private static RecordActualCommand actual(String metric, String period, Measurement measurement) {
        return new RecordActualCommand(BROMLEY, metric, period(period), measurement, null, ANALYST, null);
    }

    private static Measurement percent(String percent) {
        return Measurement.percent(new BigDecimal(percent));
    }

    private static Measurement rate(String rate) {
        return Measurement.rate(new BigDecimal(rate), null);
    }

    private static PublishedFigureNotedEvent note(
            String metric, String period, FigureKind kind, String published, String computed, boolean agrees) {
        return new PublishedFigureNotedEvent(
                BROMLEY,
                metric,
                period(period),
                kind,
                1,
                new BigDecimal(published),
                new BigDecimal(computed),
                agrees,
                NOTED);
    }

    @Test
    void storesAPercentagePlanAsPrinted() {
        fixture.givenNoPriorActivity()
                .when(plan("LOS_14", "2021-22-Q3", percent("8.4"), null))
                .expectEvents(new PlanSetEvent(BROMLEY, "LOS_14", period("2021-22-Q3"), percent("8.4"), 1, PLANNED));
    }

    @Test
    void storesAStandardisedRateAsPrintedWithItsCount() {
        fixture.givenNoPriorActivity()
                .when(plan("AVOIDABLE_ADM", "2021-22", Measurement.rate(new BigDecimal("1037.2"), 1903L), null))
                .expectEvents(new PlanSetEvent(
                        BROMLEY,
                        "AVOIDABLE_ADM",
                        period("2021-22"),
                        Measurement.rate(new BigDecimal("1037.2"), 1903L),
                        1,
                        PLANNED));
    }

    @Test
    void refusesAPopulationDenominatorForAStandardisedRate() {
        fixture.givenNoPriorActivity()
                .when(plan(
                        "AVOIDABLE_ADM",
                        "2021-22",
                        new Measurement(null, 1903L, 183_000L, null, new BigDecimal("1037.2"), null, null),
                        null))
                .expectException(refusal(RefusalKind.INVALID, "denominator"))
                .expectNoEvents();
    }

    @Test
    void refusesAStandardisedRateGivenOnlyAsACount() {
        fixture.givenNoPriorActivity()
                .when(plan("AVOIDABLE_ADM", "2021-22", value("1903"), null))
                .expectException(refusal(RefusalKind.INVALID, "rate"))
                .expectNoEvents();
    }

    @Test
    void acceptsAnActualOfABaselineYearBeforeTheMetricIsInForce() {
        fixture.givenNoPriorActivity()
                .when(actual("AVOIDABLE_ADM", "2019-20-Q1", rate("259.3")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY,
                        "AVOIDABLE_ADM",
                        period("2019-20-Q1"),
                        rate("259.3"),
                        1,
                        new Provenance(ANALYST, NOW, "Secondary Uses Service (SUS)", null)));
    }

    @Test
    void refusesAPlanForABaselineYear() {
        fixture.givenNoPriorActivity()
                .when(plan("AVOIDABLE_ADM", "2020-21", rate("1037.2"), null))
                .expectException(Refusal.class)
                .expectExceptionMessage(containsString("not a BCF metric in 2020-21"))
                .expectNoEvents();
    }

    @Test
    void componentsDefineTheFigureAndThePrintedRateIsCheckedAtItsOwnDecimals() {
        fixture.givenNoPriorActivity()
                .when(plan(
                        "RES_ADM_65",
                        "2019-20",
                        new Measurement(null, 238L, 36_105L, null, new BigDecimal("659"), null, null),
                        null))
                .expectEvents(
                        new PlanSetEvent(BROMLEY, "RES_ADM_65", period("2019-20"), ratio(238, 36_105), 1, PLANNED),
                        note("RES_ADM_65", "2019-20", FigureKind.PLAN, "659", "659.2", true));
    }

    @Test
    void aPrintedRateThatTheComponentsDoNotGiveIsNotedAsADiscrepancy() {
        fixture.givenNoPriorActivity()
                .when(plan("RES_ADM_65", "2021-22", ratio(200, 36_273), "550"))
                .expectEvents(
                        new PlanSetEvent(BROMLEY, "RES_ADM_65", period("2021-22"), ratio(200, 36_273), 1, PLANNED),
                        note("RES_ADM_65", "2021-22", FigureKind.PLAN, "550", "551.4", false));
    }

    @Test
    void aPrintedPercentageBesideItsComponentsIsCheckedAndNoted() {
        fixture.givenNoPriorActivity()
                .when(actual(
                        "REABLEMENT_91",
                        "2018-19",
                        new Measurement(null, 202L, 248L, null, null, new BigDecimal("81.5"), null)))
                .expectEvents(
                        new ActualRecordedEvent(
                                BROMLEY,
                                "REABLEMENT_91",
                                period("2018-19"),
                                ratio(202, 248),
                                1,
                                new Provenance(ANALYST, NOW, "Council adult social care records (SALT)", null)),
                        note("REABLEMENT_91", "2018-19", FigureKind.ACTUAL, "81.5", "81.5", true));
    }

    @Test
    void refusesAPrintedFormOfAnotherShapeNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(actual("NEL", "2019-04", percent("8.4")))
                .expectException(refusal(RefusalKind.INVALID, "percent"))
                .expectNoEvents();
    }

    @Test
    void refusesAPercentageAboveAHundred() {
        fixture.givenNoPriorActivity()
                .when(plan("LOS_14", "2021-22-Q3", percent("100.1"), null))
                .expectException(refusal(RefusalKind.INVALID, "percent"))
                .expectNoEvents();
    }

    @Test
    void refusesTwoDifferentPrintedFiguresForOneWrite() {
        fixture.givenNoPriorActivity()
                .when(plan(
                        "RES_ADM_65",
                        "2021-22",
                        new Measurement(null, 200L, 36_273L, null, new BigDecimal("551.4"), null, null),
                        "550"))
                .expectException(refusal(RefusalKind.INVALID, "publishedValue"))
                .expectNoEvents();
    }
}
