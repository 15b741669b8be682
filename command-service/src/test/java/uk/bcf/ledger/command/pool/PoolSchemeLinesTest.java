package uk.bcf.ledger.command.pool;

import static uk.bcf.ledger.command.pool.PoolTestData.ANALYST;
import static uk.bcf.ledger.command.pool.PoolTestData.BOARD;
import static uk.bcf.ledger.command.pool.PoolTestData.POOL_2021;
import static uk.bcf.ledger.command.pool.PoolTestData.Y2019;
import static uk.bcf.ledger.command.pool.PoolTestData.Y2021;
import static uk.bcf.ledger.command.pool.PoolTestData.budgetLine;
import static uk.bcf.ledger.command.pool.PoolTestData.changed;
import static uk.bcf.ledger.command.pool.PoolTestData.joint;
import static uk.bcf.ledger.command.pool.PoolTestData.navigationLine;
import static uk.bcf.ledger.command.pool.PoolTestData.poolFixture;
import static uk.bcf.ledger.command.pool.PoolTestData.recorded;
import static uk.bcf.ledger.command.pool.PoolTestData.with;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.pool.AddSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.CorrectSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSchemeLineCommand;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Scheme lines of a 2021-22 template pool and of a 2019-20 budget: classified, checked, corrected, withdrawn. */
class PoolSchemeLinesTest {

    private FixtureConfiguration<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = poolFixture();
    }

    private static AddSchemeLineCommand add(SchemeLine line) {
        return new AddSchemeLineCommand(BOARD, Y2021, line, ANALYST);
    }

    @Test
    void addsATemplateLineNamedAfterItsEvent() {
        fixture.givenNoPriorActivity()
                .when(add(navigationLine()))
                .expectEvents(new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded()))
                .expectResultMessagePayload(new FigureVersion(POOL_2021, 0, 1));
    }

    @Test
    void spellsTypeSubTypeAndAreaAsTheNationalListDoes() {
        fixture.givenNoPriorActivity()
                .when(add(with(
                        navigationLine(),
                        "integrated care  planning and navigation",
                        "CARE NAVIGATION AND PLANNING",
                        "community health")))
                .expectEvents(new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded()));
    }

    @Test
    void cannotAddATypeOutsideTheYearsList() {
        fixture.givenNoPriorActivity()
                .when(add(with(navigationLine(), "Intermediate Care Services", "Other", "Community Health")))
                .expectException(refusal(RefusalKind.INVALID, "type"))
                .expectNoEvents();
    }

    @Test
    void cannotAddASubTypeOfAnotherType() {
        fixture.givenNoPriorActivity()
                .when(add(with(navigationLine(), "Integrated Care Planning and Navigation", "Telecare", "Acute")))
                .expectException(refusal(RefusalKind.INVALID, "subType"));
    }

    @Test
    void cannotClassAsOtherWithoutDescribingIt() {
        fixture.givenNoPriorActivity()
                .when(add(with(navigationLine(), "Other", null, "Community Health")))
                .expectException(refusal(RefusalKind.INVALID, "otherDescription"));
    }

    @Test
    void cannotAddAJointLineWhosePercentagesDoNotMakeAHundred() {
        fixture.givenNoPriorActivity()
                .when(add(joint(navigationLine(), "60", "30")))
                .expectException(refusal(RefusalKind.INVALID, "laPercent"));
    }

    @Test
    void cannotAddAJointLineWithoutItsShares() {
        fixture.givenNoPriorActivity()
                .when(add(joint(navigationLine(), "60", null)))
                .expectException(refusal(RefusalKind.INVALID, "laPercent"));
    }

    @Test
    void addsAJointLineWithItsShares() {
        SchemeLine line = joint(navigationLine(), "60", "40");
        fixture.givenNoPriorActivity()
                .when(add(line))
                .expectEvents(new SchemeLineAddedEvent(BOARD, Y2021, "L1", line, 1, recorded()));
    }

    @Test
    void cannotAddATemplateLineWithoutItsSourceOfFunding() {
        SchemeLine line = navigationLine();
        SchemeLine unfunded = new SchemeLine(
                line.schemeId(),
                line.name(),
                line.description(),
                line.type(),
                line.subType(),
                null,
                line.areaOfSpend(),
                line.commissioner(),
                null,
                null,
                line.provider(),
                null,
                line.amount(),
                null,
                line.unit(),
                line.status());
        fixture.givenNoPriorActivity().when(add(unfunded)).expectException(refusal(RefusalKind.INVALID, "source"));
    }

    @Test
    void addsA2019BudgetLineInThousandsWithoutAType() {
        SchemeLine line = budgetLine(Commissioner.LA, "Reablement capacity", "870", "887");
        fixture.givenNoPriorActivity()
                .when(new AddSchemeLineCommand(BOARD, Y2019, line, ANALYST))
                .expectEvents(new SchemeLineAddedEvent(BOARD, Y2019, "L1", line, 1, recorded()));
    }

    @Test
    void cannotClassifyALineOfAYearWithoutANationalList() {
        SchemeLine line =
                with(budgetLine(Commissioner.LA, "Reablement capacity", "870", "887"), "Carers Services", null, null);
        fixture.givenNoPriorActivity()
                .when(new AddSchemeLineCommand(BOARD, Y2019, line, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "type"));
    }

    @Test
    void cannotAddANegativeAmount() {
        fixture.givenNoPriorActivity()
                .when(new AddSchemeLineCommand(
                        BOARD, Y2019, budgetLine(Commissioner.NHS, "Dementia diagnosis", "-632", "645"), ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "amount"));
    }

    @Test
    void cannotAddAnAmountFinerThanAPenny() {
        fixture.givenNoPriorActivity()
                .when(new AddSchemeLineCommand(
                        BOARD, Y2019, budgetLine(Commissioner.NHS, "Dementia diagnosis", "632.000001", "645"), ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "amount"));
    }

    @Test
    void correctsALineWithAReason() {
        SchemeLine corrected = joint(navigationLine(), "50", "50");
        fixture.given(new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded()))
                .when(new CorrectSchemeLineCommand(BOARD, Y2021, "L1", corrected, "jointly commissioned", 1, ANALYST))
                .expectEvents(new SchemeLineCorrectedEvent(
                        BOARD, Y2021, "L1", corrected, 2, changed("jointly commissioned")));
    }

    @Test
    void cannotCorrectWithoutReason() {
        fixture.given(new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded()))
                .when(new CorrectSchemeLineCommand(
                        BOARD, Y2021, "L1", joint(navigationLine(), "50", "50"), " ", null, ANALYST))
                .expectException(refusal(RefusalKind.INVALID, "reason"));
    }

    @Test
    void cannotCorrectAVersionThatHasMovedOn() {
        fixture.given(
                        new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded()),
                        new SchemeLineCorrectedEvent(
                                BOARD, Y2021, "L1", joint(navigationLine(), "50", "50"), 2, changed("joint")))
                .when(new CorrectSchemeLineCommand(BOARD, Y2021, "L1", navigationLine(), "back to NHS", 1, ANALYST))
                .expectException(refusal(RefusalKind.CONFLICT, "If-Match"));
    }

    @Test
    void cannotCorrectALineThePoolDoesNotHave() {
        fixture.givenNoPriorActivity()
                .when(new CorrectSchemeLineCommand(BOARD, Y2021, "L9", navigationLine(), "typo", null, ANALYST))
                .expectException(refusal(RefusalKind.NOT_FOUND, "lineId"));
    }

    @Test
    void withdrawsALineWithAReason() {
        fixture.given(new SchemeLineAddedEvent(BOARD, Y2021, "L1", navigationLine(), 1, recorded()))
                .when(new WithdrawSchemeLineCommand(BOARD, Y2021, "L1", "entered twice", null, ANALYST))
                .expectEvents(new SchemeLineWithdrawnEvent(BOARD, Y2021, "L1", 2, changed("entered twice")));
    }
}
