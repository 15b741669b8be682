package uk.bcf.ledger.command.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.pool.PoolTestData.ANALYST;
import static uk.bcf.ledger.command.pool.PoolTestData.BOARD;
import static uk.bcf.ledger.command.pool.PoolTestData.Y2019;
import static uk.bcf.ledger.command.pool.PoolTestData.budgetLine;
import static uk.bcf.ledger.command.pool.PoolTestData.changed;
import static uk.bcf.ledger.command.pool.PoolTestData.poolFixture;
import static uk.bcf.ledger.command.pool.PoolTestData.pounds;
import static uk.bcf.ledger.command.pool.PoolTestData.recorded;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;

/** A pool import: new rows stored all together, a second upload unchanged, a changed row corrected, a refusal. */
class PoolImportTest {

    private static final Contribution GRANT =
            new Contribution(FundingSource.IBCF, null, pounds("6313"), AmountUnit.THOUSANDS, null, null);
    private static final SchemeLine REABLEMENT = budgetLine(Commissioner.LA, "Reablement capacity", "870", "887");
    private static final SchemeLine DEMENTIA = budgetLine(Commissioner.NHS, "Dementia diagnosis", "632", "645");

    private FixtureConfiguration<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = poolFixture();
    }

    private static PoolImportRow contribution(long line, Contribution contribution) {
        return new PoolImportRow(line, PoolImportRow.CONTRIBUTION, null, contribution, null, null);
    }

    private static PoolImportRow line(long line, String id, SchemeLine schemeLine) {
        return new PoolImportRow(line, PoolImportRow.LINE, id, null, schemeLine, null);
    }

    private static ImportPoolCommand importing(ImportMode mode, String reason, PoolImportRow... rows) {
        return new ImportPoolCommand(BOARD, Y2019, List.of(rows), mode, reason, ANALYST);
    }

    @Test
    void storesNewRowsNamedInTheOrderOfTheirEvents() {
        fixture.givenNoPriorActivity()
                .when(importing(ImportMode.APPLY, null, contribution(2, GRANT), line(3, null, REABLEMENT)))
                .expectEvents(
                        new ContributionRecordedEvent(BOARD, Y2019, "C1", GRANT, 1, recorded()),
                        new SchemeLineAddedEvent(BOARD, Y2019, "L2", REABLEMENT, 1, recorded()))
                .expectResultMessagePayload(new PoolImportAnswer(
                        "E09000006/pool/2019-20",
                        1,
                        2,
                        List.of(
                                new PoolImportOutcome(2, "contribution", "C1", ImportStatus.NEW, null),
                                new PoolImportOutcome(3, "line", "L2", ImportStatus.NEW, null))));
    }

    @Test
    void aPreviewStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(importing(ImportMode.PREVIEW, null, contribution(2, GRANT)))
                .expectNoEvents();
    }

    @Test
    void theSameFileAgainStoresNothing() {
        fixture.given(
                        new ContributionRecordedEvent(BOARD, Y2019, "C1", GRANT, 1, recorded()),
                        new SchemeLineAddedEvent(BOARD, Y2019, "L2", REABLEMENT, 1, recorded()))
                .when(importing(ImportMode.APPLY, null, contribution(2, GRANT), line(3, null, REABLEMENT)))
                .expectNoEvents();
    }

    @Test
    void twoIdenticalRowsAreTwoLinesOnlyOnce() {
        fixture.given(new SchemeLineAddedEvent(BOARD, Y2019, "L1", REABLEMENT, 1, recorded()))
                .when(importing(ImportMode.APPLY, null, line(2, null, REABLEMENT), line(3, null, REABLEMENT)))
                .expectEvents(new SchemeLineAddedEvent(BOARD, Y2019, "L2", REABLEMENT, 1, recorded()));
    }

    @Test
    void aRowNamingALineCorrectsItWithTheImportsReason() {
        SchemeLine corrected = budgetLine(Commissioner.LA, "Reablement capacity", "880", "898");
        fixture.given(new SchemeLineAddedEvent(BOARD, Y2019, "L1", REABLEMENT, 1, recorded()))
                .when(importing(ImportMode.APPLY, "budget uplift agreed", line(2, "L1", corrected)))
                .expectEvents(new SchemeLineCorrectedEvent(
                        BOARD, Y2019, "L1", corrected, 2, changed("budget uplift agreed")));
    }

    @Test
    void aChangedRowWithoutAReasonIsRefused() {
        SchemeLine corrected = budgetLine(Commissioner.LA, "Reablement capacity", "880", "898");
        fixture.given(new SchemeLineAddedEvent(BOARD, Y2019, "L1", REABLEMENT, 1, recorded()))
                .when(importing(ImportMode.APPLY, null, line(2, "L1", corrected)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(answered(answer -> {
                    assertThat(answer.outcomes().get(0).status()).isEqualTo(ImportStatus.REFUSED);
                    assertThat(answer.outcomes().get(0).reason()).startsWith("reason:");
                }));
    }

    @Test
    void oneRefusedRowStoresNoneOfTheFile() {
        SchemeLine negative = budgetLine(Commissioner.NHS, "Dementia diagnosis", "-632", "645");
        fixture.givenNoPriorActivity()
                .when(importing(ImportMode.APPLY, null, line(2, null, DEMENTIA), line(3, null, negative)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(answered(answer -> {
                    assertThat(answer.stored()).isZero();
                    assertThat(answer.outcomes().get(1).status()).isEqualTo(ImportStatus.REFUSED);
                    assertThat(answer.outcomes().get(1).reason()).startsWith("amount:");
                }));
    }

    /** Matches an answer that passes the assertions. */
    private static org.hamcrest.Matcher<PoolImportAnswer> answered(
            java.util.function.Consumer<PoolImportAnswer> check) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PoolImportAnswer answer) {
                check.accept(answer);
                return true;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("an import answer passing the test's assertions");
            }
        };
    }
}
