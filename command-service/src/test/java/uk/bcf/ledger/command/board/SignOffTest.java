package uk.bcf.ledger.command.board;

import static uk.bcf.ledger.command.rules.Refusals.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.SignOffQuarterCommand;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Bromley's board notes its Q1-Q2 2019-20 report on 21 November 2019. */
class SignOffTest {

    private static final String BROMLEY = "E09000006";
    private static final String ANALYST = "kelly.analyst@bromley.example";
    private static final String BOARD = "Bromley Health and Wellbeing Board";
    private static final Instant NOW = Instant.parse("2019-11-21T16:30:00Z");
    private static final LocalDate MEETING = LocalDate.of(2019, 11, 21);
    private static final BoardRegisteredEvent REGISTERED = new BoardRegisteredEvent(
            BROMLEY, "Bromley", new Provenance("admin", Instant.parse("2019-04-01T08:00:00Z"), null, null));
    private static final QuarterSignedOffEvent Q2_SIGNED_OFF = new QuarterSignedOffEvent(
            BROMLEY, Periods.parse("2019-20-Q2"), MEETING, BOARD, new Provenance(ANALYST, NOW, null, null));

    private FixtureConfiguration<Board> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Board.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SignOffQuarterCommand signOff(String period, LocalDate meeting, String signedOffBy) {
        return new SignOffQuarterCommand(BROMLEY, Periods.parse(period), meeting, signedOffBy, ANALYST);
    }

    @Test
    void recordsTheSignOffOfAQuarter() {
        fixture.given(REGISTERED)
                .when(signOff("2019-20-Q2", MEETING, "  " + BOARD + " "))
                .expectEvents(Q2_SIGNED_OFF)
                .expectResultMessagePayload(new FigureVersion(BROMLEY, 1, 1));
    }

    @Test
    void cannotSignOffTheSameQuarterTwice() {
        fixture.given(REGISTERED, Q2_SIGNED_OFF)
                .when(signOff("2019-20-Q2", MEETING, BOARD))
                .expectException(refusal(RefusalKind.CONFLICT, "period"))
                .expectNoEvents();
    }

    @Test
    void anotherQuarterCanBeSignedOffAfterwards() {
        fixture.given(REGISTERED, Q2_SIGNED_OFF)
                .when(signOff("2019-20-Q1", MEETING, BOARD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new QuarterSignedOffEvent(
                        BROMLEY,
                        Periods.parse("2019-20-Q1"),
                        MEETING,
                        BOARD,
                        new Provenance(ANALYST, NOW, null, null)));
    }

    @Test
    void onlyQuartersAreSignedOff() {
        fixture.given(REGISTERED)
                .when(signOff("2019-08", MEETING, BOARD))
                .expectException(refusal(RefusalKind.INVALID, "period"))
                .expectNoEvents();
    }

    @Test
    void theMeetingMustFollowTheEndOfTheQuarter() {
        fixture.given(REGISTERED)
                .when(signOff("2019-20-Q2", LocalDate.of(2019, 9, 30), BOARD))
                .expectException(refusal(RefusalKind.INVALID, "meetingDate"))
                .expectNoEvents();
    }

    @Test
    void theMeetingCannotBeInTheFuture() {
        fixture.given(REGISTERED)
                .when(signOff("2019-20-Q2", MEETING.plusDays(1), BOARD))
                .expectException(refusal(RefusalKind.INVALID, "meetingDate"))
                .expectNoEvents();
    }

    @Test
    void cannotSignOffWithoutSayingWhoSignedOff() {
        fixture.given(REGISTERED)
                .when(signOff("2019-20-Q2", MEETING, " "))
                .expectException(Refusal.class)
                .expectException(refusal(RefusalKind.INVALID, "signedOffBy"))
                .expectNoEvents();
    }
}
