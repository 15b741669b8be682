package uk.bcf.ledger.command.figures;

import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.NOW;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.WriteCommentaryCommand;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class CommentaryTest {

    private static final String TEXT = "At the time of this report, September figures were not available.";
    private static final CommentaryWrittenEvent Q2_V1 = new CommentaryWrittenEvent(
            BROMLEY, "NEL", period("2019-20-Q2"), TEXT, 1, new Provenance(ANALYST, NOW, null, null));

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = FigureTestData.metricYearFixture();
    }

    private static WriteCommentaryCommand write(String period, String text, Integer expectedVersion) {
        return new WriteCommentaryCommand(BROMLEY, "NEL", period(period), text, expectedVersion, ANALYST);
    }

    @Test
    void writesTheFirstVersionOfAQuartersCommentary() {
        fixture.givenNoPriorActivity()
                .when(write("2019-20-Q2", "  " + TEXT + "\r\n", null))
                .expectEvents(Q2_V1)
                .expectResultMessagePayload(new FigureVersion("E09000006/NEL/2019-20", 0, 1));
    }

    @Test
    void writingAgainMakesANewVersion() {
        fixture.given(Q2_V1)
                .when(write("2019-20-Q2", TEXT + "\nSeptember is due mid-November.", 1))
                .expectEvents(new CommentaryWrittenEvent(
                        BROMLEY,
                        "NEL",
                        period("2019-20-Q2"),
                        TEXT + "\nSeptember is due mid-November.",
                        2,
                        new Provenance(ANALYST, NOW, null, null)));
    }

    @Test
    void markupIsRefusedAsAnAttemptAtScriptInjection() {
        fixture.givenNoPriorActivity()
                .when(write("2019-20-Q1", "<script>alert('x')</script> & more", null))
                .expectException(refusal(RefusalKind.INVALID, "text"))
                .expectNoEvents();
    }

    @Test
    void comparisonsAndAmpersandsAreKeptAsPlainText() {
        fixture.givenNoPriorActivity()
                .when(write("2019-20-Q1", "admissions < 2018-19 & falling; ratio <= 1", null))
                .expectEvents(new CommentaryWrittenEvent(
                        BROMLEY,
                        "NEL",
                        period("2019-20-Q1"),
                        "admissions < 2018-19 & falling; ratio <= 1",
                        1,
                        new Provenance(ANALYST, NOW, null, null)));
    }

    @Test
    void cannotWriteAgainstAVersionThatIsNoLongerCurrent() {
        fixture.given(
                        Q2_V1,
                        new CommentaryWrittenEvent(
                                BROMLEY,
                                "NEL",
                                period("2019-20-Q2"),
                                "revised",
                                2,
                                new Provenance(ANALYST, NOW, null, null)))
                .when(write("2019-20-Q2", "another view", 1))
                .expectException(refusal(RefusalKind.CONFLICT, "If-Match"))
                .expectNoEvents();
    }

    @Test
    void refusesAnIdenticalVersion() {
        fixture.given(Q2_V1)
                .when(write("2019-20-Q2", TEXT, null))
                .expectException(refusal(RefusalKind.INVALID, "text"))
                .expectNoEvents();
    }

    @Test
    void refusesEmptyCommentary() {
        fixture.givenNoPriorActivity()
                .when(write("2019-20-Q2", "  ", null))
                .expectException(refusal(RefusalKind.INVALID, "text"))
                .expectNoEvents();
    }

    @Test
    void commentaryIsPerQuarterOrYearNotPerMonth() {
        fixture.givenNoPriorActivity()
                .when(write("2019-08", TEXT, null))
                .expectException(refusal(RefusalKind.INVALID, "period"))
                .expectNoEvents();
    }
}
