package uk.bcf.ledger.command.pool;

import static uk.bcf.ledger.command.pool.PoolTestData.ANALYST;
import static uk.bcf.ledger.command.pool.PoolTestData.BOARD;
import static uk.bcf.ledger.command.pool.PoolTestData.Y2021;
import static uk.bcf.ledger.command.pool.PoolTestData.changed;
import static uk.bcf.ledger.command.pool.PoolTestData.navigationLine;
import static uk.bcf.ledger.command.pool.PoolTestData.poolFixture;
import static uk.bcf.ledger.command.pool.PoolTestData.pounds;
import static uk.bcf.ledger.command.pool.PoolTestData.recorded;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.pool.CorrectSpendCommand;
import uk.bcf.ledger.shared.command.pool.RecordSpendCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSchemeLineCommand;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.pool.Spend;
import uk.bcf.ledger.shared.pool.SpendCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Quarterly spend against a line: recorded once per quarter of the pool's year, corrected with a reason. */
class PoolSpendTest {

    private static final Period Q1 = Period.parse("2021-22-Q1");
    private static final Spend SPENT = new Spend(pounds("1234567"), pounds("5100000"), AmountUnit.POUNDS);
    private static final SchemeLineAddedEvent LINE =
            new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded());

    private FixtureConfiguration<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = poolFixture();
    }

    @Test
    void recordsAQuartersSpendAgainstALine() {
        fixture.given(LINE)
                .when(new RecordSpendCommand(BOARD, Y2021, "L1", Q1, SPENT, ANALYST))
                .expectEvents(new SpendRecordedEvent(BOARD, Y2021, "L1", Q1, SPENT, 1, recorded()));
    }

    @Test
    void cannotRecordSpendOutsideThePoolsYear() {
        fixture.given(LINE)
                .when(new RecordSpendCommand(BOARD, Y2021, "L1", Period.parse("2020-21-Q4"), SPENT, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "period"));
    }

    @Test
    void cannotRecordSpendForAMonth() {
        fixture.given(LINE)
                .when(new RecordSpendCommand(BOARD, Y2021, "L1", Period.parse("2021-05"), SPENT, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "period"));
    }

    @Test
    void cannotRecordSpendAgainstAnUnknownLine() {
        fixture.given(LINE)
                .when(new RecordSpendCommand(BOARD, Y2021, "L7", Q1, SPENT, ANALYST))
                .expectException(refusal(RefusalKind.NOT_FOUND, "lineId"));
    }

    @Test
    void cannotRecordAQuarterTwice() {
        fixture.given(LINE, new SpendRecordedEvent(BOARD, Y2021, "L1", Q1, SPENT, 1, recorded()))
                .when(new RecordSpendCommand(BOARD, Y2021, "L1", Q1, SPENT, ANALYST))
                .expectException(refusal(RefusalKind.CONFLICT, "period"));
    }

    @Test
    void correctsAQuartersSpendWithAReason() {
        Spend corrected = new Spend(pounds("1234000"), null, AmountUnit.POUNDS);
        fixture.given(LINE, new SpendRecordedEvent(BOARD, Y2021, "L1", Q1, SPENT, 1, recorded()))
                .when(new CorrectSpendCommand(BOARD, Y2021, "L1", Q1, corrected, "ledger closed", null, ANALYST))
                .expectEvents(new SpendCorrectedEvent(BOARD, Y2021, "L1", Q1, corrected, 2, changed("ledger closed")));
    }

    @Test
    void cannotWithdrawALineWithSpendRecorded() {
        fixture.given(LINE, new SpendRecordedEvent(BOARD, Y2021, "L1", Q1, SPENT, 1, recorded()))
                .when(new WithdrawSchemeLineCommand(BOARD, Y2021, "L1", "duplicate", null, ANALYST))
                .expectException(refusal(RefusalKind.CONFLICT, "lineId"));
    }

    @Test
    void cannotRecordSpendAgainstAWithdrawnLine() {
        fixture.given(LINE, new SchemeLineWithdrawnEvent(BOARD, Y2021, "L1", 2, changed("duplicate")))
                .when(new RecordSpendCommand(BOARD, Y2021, "L1", Q1, SPENT, ANALYST))
                .expectException(refusal(RefusalKind.CONFLICT, "lineId"));
    }
}
