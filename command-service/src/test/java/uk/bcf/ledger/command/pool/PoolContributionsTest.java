package uk.bcf.ledger.command.pool;

import static uk.bcf.ledger.command.pool.PoolTestData.ANALYST;
import static uk.bcf.ledger.command.pool.PoolTestData.BOARD;
import static uk.bcf.ledger.command.pool.PoolTestData.POOL_2021;
import static uk.bcf.ledger.command.pool.PoolTestData.Y2019;
import static uk.bcf.ledger.command.pool.PoolTestData.Y2021;
import static uk.bcf.ledger.command.pool.PoolTestData.changed;
import static uk.bcf.ledger.command.pool.PoolTestData.poolFixture;
import static uk.bcf.ledger.command.pool.PoolTestData.pounds;
import static uk.bcf.ledger.command.pool.PoolTestData.recorded;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.pool.CorrectContributionCommand;
import uk.bcf.ledger.shared.command.pool.RecordContributionCommand;
import uk.bcf.ledger.shared.command.pool.SetNationalMinimumsCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawContributionCommand;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.ContributionWithdrawnEvent;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.NationalMinimumsSetEvent;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Contributions and national minimums of a pool: recorded, carried over, corrected, withdrawn, revised. */
class PoolContributionsTest {

    private static final Contribution DFG =
            new Contribution(FundingSource.DFG, null, pounds("1721065"), AmountUnit.POUNDS, null, null);
    private static final NationalMinimums MINIMUMS =
            new NationalMinimums(pounds("6772463"), pounds("4066945"), AmountUnit.POUNDS);

    private FixtureConfiguration<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = poolFixture();
    }

    @Test
    void recordsAContributionNamedAfterItsEvent() {
        fixture.given(new ContributionRecordedEvent(BOARD, Y2021, "C1", DFG, 1, recorded()))
                .when(new RecordContributionCommand(BOARD, Y2021, DFG, ANALYST))
                .expectEvents(new ContributionRecordedEvent(BOARD, Y2021, "C2", DFG, 1, recorded()))
                .expectResultMessagePayload(new FigureVersion(POOL_2021, 1, 1));
    }

    @Test
    void recordsACarryOverAsAnAdditionalContributionNamingItsYear() {
        Contribution carryOver = new Contribution(
                FundingSource.ADDITIONAL_LA,
                null,
                pounds("806"),
                AmountUnit.THOUSANDS,
                "2018/19 underspend",
                FinancialYear.of("2018-19"));
        fixture.givenNoPriorActivity()
                .when(new RecordContributionCommand(BOARD, Y2019, carryOver, ANALYST))
                .expectEvents(new ContributionRecordedEvent(BOARD, Y2019, "C1", carryOver, 1, recorded()));
    }

    @Test
    void cannotCarryOverIntoAMandatorySource() {
        Contribution carryOver = new Contribution(
                FundingSource.IBCF, null, pounds("806"), AmountUnit.THOUSANDS, null, FinancialYear.of("2018-19"));
        fixture.givenNoPriorActivity()
                .when(new RecordContributionCommand(BOARD, Y2019, carryOver, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "source"));
    }

    @Test
    void cannotCarryOverFromTheSameOrALaterYear() {
        Contribution carryOver =
                new Contribution(FundingSource.ADDITIONAL_NHS, null, pounds("806"), AmountUnit.THOUSANDS, null, Y2019);
        fixture.givenNoPriorActivity()
                .when(new RecordContributionCommand(BOARD, Y2019, carryOver, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "carriedForwardFrom"));
    }

    @Test
    void cannotRecordAContributionWithoutASource() {
        fixture.givenNoPriorActivity()
                .when(new RecordContributionCommand(
                        BOARD,
                        Y2021,
                        new Contribution(null, null, pounds("1"), AmountUnit.POUNDS, null, null),
                        ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "source"));
    }

    @Test
    void correctsAContributionWithAReason() {
        Contribution corrected =
                new Contribution(FundingSource.DFG, null, pounds("1721066"), AmountUnit.POUNDS, null, null);
        fixture.given(new ContributionRecordedEvent(BOARD, Y2021, "C1", DFG, 1, recorded()))
                .when(new CorrectContributionCommand(BOARD, Y2021, "C1", corrected, "allocation letter", 1, ANALYST))
                .expectEvents(
                        new ContributionCorrectedEvent(BOARD, Y2021, "C1", corrected, 2, changed("allocation letter")));
    }

    @Test
    void cannotCorrectAContributionToWhatItAlreadySays() {
        fixture.given(new ContributionRecordedEvent(BOARD, Y2021, "C1", DFG, 1, recorded()))
                .when(new CorrectContributionCommand(BOARD, Y2021, "C1", DFG, "no change", null, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "contributionId"));
    }

    @Test
    void cannotWithdrawAContributionTwice() {
        fixture.given(
                        new ContributionRecordedEvent(BOARD, Y2021, "C1", DFG, 1, recorded()),
                        new ContributionWithdrawnEvent(BOARD, Y2021, "C1", 2, changed("duplicate")))
                .when(new WithdrawContributionCommand(BOARD, Y2021, "C1", "duplicate", null, ANALYST))
                .expectException(refusal(RefusalKind.CONFLICT, "contributionId"));
    }

    @Test
    void setsTheMinimumsWithoutAReasonTheFirstTime() {
        fixture.givenNoPriorActivity()
                .when(new SetNationalMinimumsCommand(BOARD, Y2021, MINIMUMS, null, null, ANALYST))
                .expectEvents(new NationalMinimumsSetEvent(BOARD, Y2021, MINIMUMS, 1, recorded()));
    }

    @Test
    void cannotChangeTheMinimumsWithoutAReason() {
        NationalMinimums revised = new NationalMinimums(pounds("6772463"), pounds("4066946"), AmountUnit.POUNDS);
        fixture.given(new NationalMinimumsSetEvent(BOARD, Y2021, MINIMUMS, 1, recorded()))
                .when(new SetNationalMinimumsCommand(BOARD, Y2021, revised, null, null, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "reason"));
    }

    @Test
    void revisesTheMinimumsWithAReason() {
        NationalMinimums revised = new NationalMinimums(pounds("6772463"), pounds("4066946"), AmountUnit.POUNDS);
        fixture.given(new NationalMinimumsSetEvent(BOARD, Y2021, MINIMUMS, 1, recorded()))
                .when(new SetNationalMinimumsCommand(BOARD, Y2021, revised, "rounding", 1, ANALYST))
                .expectEvents(new NationalMinimumsSetEvent(BOARD, Y2021, revised, 2, changed("rounding")));
    }

    @Test
    void cannotSetNoMinimumAtAll() {
        fixture.givenNoPriorActivity()
                .when(new SetNationalMinimumsCommand(
                        BOARD, Y2021, new NationalMinimums(null, null, AmountUnit.POUNDS), null, null, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "nc2"));
    }
}
