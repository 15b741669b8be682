package uk.bcf.ledger.command.figures;

import static org.hamcrest.Matchers.containsString;
import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.NOW;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.recorded;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.command.imports.ImportOutcome;
import uk.bcf.ledger.command.imports.ImportResult;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.shared.command.CorrectActualCommand;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.command.WithdrawActualCommand;
import uk.bcf.ledger.shared.command.WriteCommentaryCommand;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * A board's locally chosen metric of the seed ({@code BURY_FALLS_INJURIES_65}, Bury's) takes Bury's figures and
 * commentary; every figure command of another board for it is refused on {@code metric}, and nothing is stored.
 */
class LocalMetricTest {

    private static final String BURY = "E08000002";
    private static final String LOCAL = "BURY_FALLS_INJURIES_65";
    private static final String SOURCE =
            MetricCatalogue.standard().find(LOCAL).orElseThrow().defaultSource();
    private static final Measurement RATE = Measurement.rate(new BigDecimal("1523.4"), null);

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    private static RecordActualCommand actual(String board) {
        return new RecordActualCommand(board, LOCAL, period("2015-16-Q1"), RATE, null, ANALYST, null);
    }

    @Test
    void theBoardRecordsItsOwnLocalMetric() {
        fixture.givenNoPriorActivity()
                .when(actual(BURY))
                .expectEvents(new ActualRecordedEvent(BURY, LOCAL, period("2015-16-Q1"), RATE, 1, recorded(SOURCE)));
    }

    @Test
    void theBoardPlansItsOwnLocalMetric() {
        fixture.givenNoPriorActivity()
                .when(new SetPlanCommand(BURY, LOCAL, period("2015-16"), RATE, null, ANALYST, null))
                .expectEvents(new PlanSetEvent(
                        BURY, LOCAL, period("2015-16"), RATE, 1, new Provenance(ANALYST, NOW, null, null)));
    }

    @Test
    void cannotRecordAnotherBoardsLocalMetric() {
        fixture.givenNoPriorActivity()
                .when(actual(BROMLEY))
                .expectException(refusal(RefusalKind.INVALID, "metric"))
                .expectExceptionMessage(containsString("local metric of board " + BURY))
                .expectNoEvents();
    }

    @Test
    void cannotPlanAnotherBoardsLocalMetric() {
        fixture.givenNoPriorActivity()
                .when(new SetPlanCommand(BROMLEY, LOCAL, period("2015-16"), RATE, null, ANALYST, null))
                .expectException(refusal(RefusalKind.INVALID, "metric"))
                .expectNoEvents();
    }

    /** Figures another board holds from before the rule (none can be recorded now) cannot be changed either. */
    @Test
    void cannotCorrectAnotherBoardsLocalMetric() {
        fixture.given(new ActualRecordedEvent(BROMLEY, LOCAL, period("2015-16-Q1"), RATE, 1, recorded(SOURCE)))
                .when(new CorrectActualCommand(
                        BROMLEY,
                        LOCAL,
                        period("2015-16-Q1"),
                        Measurement.rate(new BigDecimal("1500.1"), null),
                        null,
                        "typo",
                        1,
                        ANALYST,
                        null))
                .expectException(refusal(RefusalKind.INVALID, "metric"))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAnotherBoardsLocalMetric() {
        fixture.given(new ActualRecordedEvent(BROMLEY, LOCAL, period("2015-16-Q1"), RATE, 1, recorded(SOURCE)))
                .when(new WithdrawActualCommand(BROMLEY, LOCAL, period("2015-16-Q1"), "not ours", 1, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "metric"))
                .expectNoEvents();
    }

    @Test
    void cannotWriteCommentaryOnAnotherBoardsLocalMetric() {
        fixture.givenNoPriorActivity()
                .when(new WriteCommentaryCommand(BROMLEY, LOCAL, period("2015-16-Q1"), "Falls fell.", null, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "metric"))
                .expectNoEvents();
    }

    @Test
    void theBoardWritesCommentaryOnItsOwnLocalMetric() {
        fixture.givenNoPriorActivity()
                .when(new WriteCommentaryCommand(BURY, LOCAL, period("2015-16-Q1"), "Falls fell.", null, ANALYST))
                .expectEvents(new CommentaryWrittenEvent(
                        BURY, LOCAL, period("2015-16-Q1"), "Falls fell.", 1, new Provenance(ANALYST, NOW, null, null)));
    }

    @Test
    void anImportOfAnotherBoardsLocalMetricIsRefusedRowByRowOnTheMetricColumn() {
        ImportFiguresCommand command = new ImportFiguresCommand(
                BROMLEY,
                LOCAL,
                new FinancialYear(2015),
                List.of(
                        new ImportedFigure(2, FigureKind.ACTUAL, period("2015-16-Q1"), RATE, null, null, null),
                        new ImportedFigure(3, FigureKind.PLAN, period("2015-16"), RATE, null, null, null)),
                null,
                ImportMode.APPLY,
                ANALYST);
        String reason = LOCAL + " is a local metric of board " + BURY + " only; board " + BROMLEY
                + " cannot record figures or commentary of it";
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectResultMessagePayload(new ImportResult(
                        BROMLEY + "/" + LOCAL + "/2015-16",
                        -1,
                        0,
                        List.of(
                                ImportOutcome.refused(2, "metric", reason),
                                ImportOutcome.refused(3, "metric", reason))));
    }
}
