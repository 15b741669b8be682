package uk.bcf.ledger.command.figures;

import static org.hamcrest.CoreMatchers.containsString;
import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.changed;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.perDay;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.recorded;
import static uk.bcf.ledger.command.figures.FigureTestData.value;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.RevisePlanCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Plans: Bromley's delayed-transfers target for 2019-20 (10.31 raised to 12.5 bed days per day) and NEL quarters. */
class MetricYearPlansTest {

    private static final String DTOC_LEDGER = "E09000006/DTOC/2019-20";
    private static final Period YEAR = period("2019-20");
    private static final String SOURCE = "BCF planning template 2019-20";
    private static final String REASON = "target raised in the 2019-20 planning round";

    private static final PlanSetEvent DTOC_TARGET_SET =
            new PlanSetEvent(BROMLEY, "DTOC", YEAR, Measurement.perDay(new BigDecimal("10.31")), 1, recorded(SOURCE));

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    private static SetPlanCommand plan(String metric, String period, Measurement measurement) {
        return new SetPlanCommand(BROMLEY, metric, period(period), measurement, SOURCE, ANALYST, null);
    }

    private static RevisePlanCommand reviseDtocTarget(Measurement measurement, String reason) {
        return new RevisePlanCommand(BROMLEY, "DTOC", YEAR, measurement, SOURCE, reason, null, ANALYST, null);
    }

    private void expectRefusal(Object command, RefusalKind kind, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(Refusal.class)
                .expectException(refusal(kind, field))
                .expectNoEvents();
    }

    @Test
    void storesADailyRatePlanAsPerDayWithoutTrailingZeros() {
        fixture.givenNoPriorActivity()
                .when(plan("DTOC", "2019-20", perDay("12.50")))
                .expectEvents(new PlanSetEvent(
                        BROMLEY,
                        "DTOC",
                        YEAR,
                        new Measurement(null, null, null, new BigDecimal("12.5"), null, null, null),
                        1,
                        recorded(SOURCE)))
                .expectResultMessagePayload(new FigureVersion(DTOC_LEDGER, 0, 1));
    }

    @Test
    void storesAWholeDailyRateInPlainNotationNotAsAnExponent() {
        fixture.givenNoPriorActivity()
                .when(plan("DTOC", "2019-20", perDay("10.00")))
                .expectEvents(new PlanSetEvent(
                        BROMLEY, "DTOC", YEAR, Measurement.perDay(new BigDecimal("10")), 1, recorded(SOURCE)));
    }

    @Test
    void storesACountPlanAsValueWithoutDefaultingItsSource() {
        fixture.givenNoPriorActivity()
                .when(new SetPlanCommand(BROMLEY, "NEL", period("2019-20-Q1"), value("6589"), null, ANALYST, null))
                .expectEvents(new PlanSetEvent(
                        BROMLEY, "NEL", period("2019-20-Q1"), Measurement.count(6589), 1, recorded(null)))
                .expectResultMessagePayload(new FigureVersion("E09000006/NEL/2019-20", 0, 1));
    }

    @Test
    void acceptsAPlanForAPeriodThatHasNotStartedYet() {
        fixture.givenNoPriorActivity()
                .when(plan("NEL", "2019-20-Q4", value("6700")))
                .expectEvents(new PlanSetEvent(
                        BROMLEY, "NEL", period("2019-20-Q4"), Measurement.count(6700), 1, recorded(SOURCE)));
    }

    @Test
    void refusesASecondPlanForTheSamePeriod() {
        fixture.given(DTOC_TARGET_SET)
                .when(plan("DTOC", "2019-20", perDay("12.5")))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.CONFLICT, "period"))
                .expectNoEvents();
    }

    @Test
    void refusesAPlanForAPeriodKindTheMetricDoesNotTake() {
        fixture.givenNoPriorActivity()
                .when(plan("LOS_14", "2021-22", new Measurement(null, 1200L, 10_000L, null, null, null, null)))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "period"))
                .expectExceptionMessage(containsString("LOS_14 plans are set per quarter, not per year"))
                .expectNoEvents();
    }

    @Test
    void refusesADailyRatePlanForAMetricWithoutDailyRatePlans() {
        expectRefusal(plan("NEL", "2019-20", perDay("72.5")), RefusalKind.INVALID, "perDay");
    }

    @Test
    void refusesADailyRateTogetherWithAValue() {
        expectRefusal(
                plan(
                        "DTOC",
                        "2019-20",
                        new Measurement(new BigDecimal("4562"), null, null, new BigDecimal("12.5"), null, null, null)),
                RefusalKind.INVALID,
                "perDay");
    }

    @Test
    void refusesADailyRateOfZero() {
        expectRefusal(plan("DTOC", "2019-20", perDay("0.00")), RefusalKind.INVALID, "perDay");
    }

    @Test
    void revisingAPlanBumpsTheVersionAndCarriesTheReason() {
        fixture.given(DTOC_TARGET_SET)
                .when(reviseDtocTarget(perDay("12.50"), REASON))
                .expectEvents(new PlanRevisedEvent(
                        BROMLEY, "DTOC", YEAR, Measurement.perDay(new BigDecimal("12.5")), 2, changed(SOURCE, REASON)))
                .expectResultMessagePayload(new FigureVersion(DTOC_LEDGER, 1, 2));
    }

    @Test
    void revisingAPlanAgainBuildsOnTheLatestVersion() {
        fixture.given(
                        DTOC_TARGET_SET,
                        new PlanRevisedEvent(
                                BROMLEY,
                                "DTOC",
                                YEAR,
                                Measurement.perDay(new BigDecimal("12.5")),
                                2,
                                changed(SOURCE, REASON)))
                .when(reviseDtocTarget(perDay("12"), "re-profiled for winter"))
                .expectEvents(new PlanRevisedEvent(
                        BROMLEY,
                        "DTOC",
                        YEAR,
                        Measurement.perDay(new BigDecimal("12")),
                        3,
                        changed(SOURCE, "re-profiled for winter")))
                .expectResultMessagePayload(new FigureVersion(DTOC_LEDGER, 2, 3));
    }

    @Test
    void revisingAPlanNeedsAReason() {
        fixture.given(DTOC_TARGET_SET)
                .when(reviseDtocTarget(perDay("12.5"), null))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingAPlanNeedsANonBlankReason() {
        fixture.given(DTOC_TARGET_SET)
                .when(reviseDtocTarget(perDay("12.5"), "   "))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void refusesARevisionIdenticalToTheCurrentPlan() {
        fixture.given(DTOC_TARGET_SET)
                .when(reviseDtocTarget(perDay("10.310"), REASON))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "value"))
                .expectNoEvents();
    }

    @Test
    void cannotReviseAPlanNeverSet() {
        expectRefusal(reviseDtocTarget(perDay("12.5"), REASON), RefusalKind.NOT_FOUND, "period");
    }
}
