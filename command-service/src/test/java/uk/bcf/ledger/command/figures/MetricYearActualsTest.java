package uk.bcf.ledger.command.figures;

import static org.hamcrest.CoreMatchers.containsString;
import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.SUS;
import static uk.bcf.ledger.command.figures.FigureTestData.changed;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.recorded;
import static uk.bcf.ledger.command.figures.FigureTestData.value;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.CorrectActualCommand;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.WithdrawActualCommand;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** The life of a NEL actual in Bromley's 2019-20 ledger: recorded, corrected, withdrawn, recorded anew. */
class MetricYearActualsTest {

    private static final String LEDGER = "E09000006/NEL/2019-20";
    private static final Period APRIL = period("2019-04");
    private static final String REASON = "SUS resubmission after validation";

    private static final ActualRecordedEvent APRIL_RECORDED =
            new ActualRecordedEvent(BROMLEY, "NEL", APRIL, Measurement.count(2134), 1, recorded(SUS));
    private static final ActualWithdrawnEvent APRIL_WITHDRAWN =
            new ActualWithdrawnEvent(BROMLEY, "NEL", APRIL, 2, changed(null, "disputed after validation"));

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    private static RecordActualCommand record(Measurement measurement, String source) {
        return new RecordActualCommand(BROMLEY, "NEL", APRIL, measurement, source, ANALYST, null);
    }

    private static CorrectActualCommand correct(Measurement measurement, String reason) {
        return new CorrectActualCommand(BROMLEY, "NEL", APRIL, measurement, null, reason, null, ANALYST, null);
    }

    private static WithdrawActualCommand withdraw(String reason) {
        return new WithdrawActualCommand(BROMLEY, "NEL", APRIL, reason, null, ANALYST);
    }

    @Test
    void recordsFirstActualAsVersionOneWithTheMetricsDefaultSource() {
        fixture.givenNoPriorActivity()
                .when(record(value("2134"), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(APRIL_RECORDED)
                .expectResultMessagePayload(new FigureVersion(LEDGER, 0, 1));
    }

    @Test
    void keepsTheSourceGivenWithAnActualTrimmed() {
        fixture.givenNoPriorActivity()
                .when(record(value("2134"), "  SUS extract of 12 June 2019 "))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY, "NEL", APRIL, Measurement.count(2134), 1, recorded("SUS extract of 12 June 2019")));
    }

    @Test
    void storesAWholeCountGivenWithDecimalsAsAWholeNumber() {
        fixture.givenNoPriorActivity().when(record(value("2134.00"), null)).expectEvents(APRIL_RECORDED);
    }

    @Test
    void recordsAnotherMonthOfTheSameYearAsItsOwnFirstVersion() {
        fixture.given(APRIL_RECORDED)
                .when(new RecordActualCommand(BROMLEY, "NEL", period("2019-05"), value("2249"), null, ANALYST, null))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY, "NEL", period("2019-05"), Measurement.count(2249), 1, recorded(SUS)))
                .expectResultMessagePayload(new FigureVersion(LEDGER, 1, 1));
    }

    @Test
    void recordsAQuarterThatHasEnded() {
        fixture.givenNoPriorActivity()
                .when(new RecordActualCommand(BROMLEY, "NEL", period("2019-20-Q1"), value("6475"), null, ANALYST, null))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY, "NEL", period("2019-20-Q1"), Measurement.count(6475), 1, recorded(SUS)))
                .expectResultMessagePayload(new FigureVersion(LEDGER, 0, 1));
    }

    @Test
    void refusesASecondRecordOfTheSamePeriod() {
        fixture.given(APRIL_RECORDED)
                .when(record(value("2140"), null))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.CONFLICT, "period"))
                .expectExceptionMessage(containsString("version 1"))
                .expectNoEvents();
    }

    @Test
    void correctionBumpsTheVersionAndCarriesTheReason() {
        fixture.given(APRIL_RECORDED)
                .when(correct(value("2140"), "  " + REASON + " "))
                .expectEvents(new ActualCorrectedEvent(
                        BROMLEY, "NEL", APRIL, Measurement.count(2140), 2, changed(SUS, REASON)))
                .expectResultMessagePayload(new FigureVersion(LEDGER, 1, 2));
    }

    @Test
    void aCorrectionThatStatesItsSourceRecordsIt() {
        fixture.given(APRIL_RECORDED)
                .when(new CorrectActualCommand(
                        BROMLEY, "NEL", APRIL, value("2140"), "SUS resubmission", REASON, null, ANALYST, null))
                .expectEvents(new ActualCorrectedEvent(
                        BROMLEY, "NEL", APRIL, Measurement.count(2140), 2, changed("SUS resubmission", REASON)));
    }

    @Test
    void aBlankSourceFallsBackToTheMetricsDefaultSource() {
        fixture.givenNoPriorActivity().when(record(value("2134"), "   ")).expectEvents(APRIL_RECORDED);
    }

    @Test
    void cannotCorrectAgainstAVersionThatIsNoLongerCurrent() {
        fixture.given(
                        APRIL_RECORDED,
                        new ActualCorrectedEvent(
                                BROMLEY, "NEL", APRIL, Measurement.count(2140), 2, changed(SUS, REASON)))
                .when(new CorrectActualCommand(BROMLEY, "NEL", APRIL, value("2150"), null, REASON, 1, ANALYST, null))
                .expectException(refusal(RefusalKind.CONFLICT, "If-Match"))
                .expectNoEvents();
    }

    @Test
    void correctsWhenTheVersionReadIsStillCurrent() {
        fixture.given(APRIL_RECORDED)
                .when(new CorrectActualCommand(BROMLEY, "NEL", APRIL, value("2140"), null, REASON, 1, ANALYST, null))
                .expectEvents(new ActualCorrectedEvent(
                        BROMLEY, "NEL", APRIL, Measurement.count(2140), 2, changed(SUS, REASON)));
    }

    @Test
    void cannotWithdrawAgainstAVersionThatIsNoLongerCurrent() {
        fixture.given(APRIL_RECORDED)
                .when(new WithdrawActualCommand(BROMLEY, "NEL", APRIL, "disputed", 7, ANALYST))
                .expectException(refusal(RefusalKind.CONFLICT, "If-Match"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectWithoutReason() {
        fixture.given(APRIL_RECORDED)
                .when(correct(value("2140"), null))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectWithABlankReason() {
        fixture.given(APRIL_RECORDED)
                .when(correct(value("2140"), " \t "))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectAFigureNeverRecorded() {
        fixture.givenNoPriorActivity()
                .when(correct(value("2140"), REASON))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.NOT_FOUND, "period"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectAMonthWhenOnlyAnotherMonthOfTheYearIsRecorded() {
        fixture.given(APRIL_RECORDED)
                .when(new CorrectActualCommand(
                        BROMLEY, "NEL", period("2019-05"), value("2249"), null, REASON, null, ANALYST, null))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.NOT_FOUND, "period"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectAWithdrawnActual() {
        fixture.given(APRIL_RECORDED, APRIL_WITHDRAWN)
                .when(correct(value("2140"), REASON))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.CONFLICT, "period"))
                .expectExceptionMessage(containsString("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionIdenticalToTheCurrentVersion() {
        fixture.given(APRIL_RECORDED)
                .when(correct(value("2134.0"), REASON))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "value"))
                .expectExceptionMessage(containsString("identical"))
                .expectNoEvents();
    }

    @Test
    void comparesACorrectionWithTheLatestVersionNotTheFirst() {
        fixture.given(
                        APRIL_RECORDED,
                        new ActualCorrectedEvent(
                                BROMLEY, "NEL", APRIL, Measurement.count(2140), 2, changed(SUS, REASON)))
                .when(correct(value("2134"), "the resubmission was wrong"))
                .expectEvents(new ActualCorrectedEvent(
                        BROMLEY, "NEL", APRIL, Measurement.count(2134), 3, changed(SUS, "the resubmission was wrong")))
                .expectResultMessagePayload(new FigureVersion(LEDGER, 2, 3));
    }

    @Test
    void withdrawalBumpsTheVersionAndCarriesTheReason() {
        fixture.given(APRIL_RECORDED)
                .when(withdraw("disputed after validation"))
                .expectEvents(APRIL_WITHDRAWN)
                .expectResultMessagePayload(new FigureVersion(LEDGER, 1, 2));
    }

    @Test
    void withdrawalNeedsAReason() {
        fixture.given(APRIL_RECORDED)
                .when(withdraw(""))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAnActualNeverRecorded() {
        fixture.givenNoPriorActivity()
                .when(withdraw("disputed after validation"))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.NOT_FOUND, "period"))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAnActualTwice() {
        fixture.given(APRIL_RECORDED, APRIL_WITHDRAWN)
                .when(withdraw("still disputed"))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.CONFLICT, "period"))
                .expectNoEvents();
    }

    @Test
    void afterWithdrawalTheActualCanBeRecordedAnewAsVersionThree() {
        fixture.given(APRIL_RECORDED, APRIL_WITHDRAWN)
                .when(record(value("2101"), null))
                .expectEvents(new ActualRecordedEvent(BROMLEY, "NEL", APRIL, Measurement.count(2101), 3, recorded(SUS)))
                .expectResultMessagePayload(new FigureVersion(LEDGER, 2, 3));
    }

    @Test
    void anActualRecordedAnewCanBeCorrectedAgain() {
        fixture.given(
                        APRIL_RECORDED,
                        APRIL_WITHDRAWN,
                        new ActualRecordedEvent(BROMLEY, "NEL", APRIL, Measurement.count(2101), 3, recorded(SUS)))
                .when(correct(value("2102"), REASON))
                .expectEvents(new ActualCorrectedEvent(
                        BROMLEY, "NEL", APRIL, Measurement.count(2102), 4, changed(SUS, REASON)))
                .expectResultMessagePayload(new FigureVersion(LEDGER, 3, 4));
    }
}
