package uk.bcf.ledger.query.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.bcf.ledger.query.TestEvents.registered;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.pool.SpendWithdrawnEvent;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * The pool read against the real read table, its events delivered to the projection directly with fixed timestamps:
 * the view now and as of earlier moments, withdrawals, and a line's history. Board codes never reach the event store.
 */
class PoolReadIT extends QueryServiceTestDatabase {

    private static final FinancialYear YEAR = FinancialYear.of("2019-20");
    private static final Period Q1 = Period.parse("2019-20-Q1");
    private static final String T0 = "2019-04-01T08:00:00Z";
    private static final String T1 = "2019-05-01T09:00:00Z";
    private static final String T2 = "2019-07-15T09:00:00Z";
    private static final String T3 = "2019-08-01T09:00:00Z";
    private static final String T4 = "2019-09-01T09:00:00Z";

    @Autowired
    ApplicationContext context;

    @Autowired
    ViewGateway views;

    private ProjectionDriver projection;

    @BeforeEach
    void driver() {
        projection = new ProjectionDriver(context);
    }

    private static Provenance by(String at, String reason) {
        return new Provenance("analyst", Instant.parse(at), null, reason);
    }

    private static SchemeLine line(String name, String amount, String next) {
        return new SchemeLine(
                null,
                name,
                null,
                null,
                null,
                null,
                null,
                Commissioner.LA,
                null,
                null,
                null,
                FundingSource.IBCF,
                new BigDecimal(amount),
                new BigDecimal(next),
                AmountUnit.THOUSANDS,
                null);
    }

    private void deliverPool(String board) {
        projection.deliver(T0, registered(board, "Pool test board"));
        projection.deliver(
                T1,
                new ContributionRecordedEvent(
                        board,
                        YEAR,
                        "C1",
                        new Contribution(
                                FundingSource.IBCF, null, new BigDecimal("6313"), AmountUnit.THOUSANDS, null, null),
                        1,
                        by(T1, null)));
        projection.deliver(
                T1, new SchemeLineAddedEvent(board, YEAR, "L2", line("CHC Care Manager", "55", "55"), 1, by(T1, null)));
        projection.deliver(
                T1, new SchemeLineAddedEvent(board, YEAR, "L3", line("LD Growth", "6000", "4545"), 1, by(T1, null)));
        projection.deliver(
                T2,
                new SpendRecordedEvent(
                        board,
                        YEAR,
                        "L3",
                        Q1,
                        new uk.bcf.ledger.shared.pool.Spend(new BigDecimal("1500000"), null, AmountUnit.POUNDS),
                        1,
                        by(T2, null)));
        projection.deliver(
                T3,
                new SchemeLineCorrectedEvent(
                        board,
                        YEAR,
                        "L3",
                        line("LD Growth", "6258", "4545"),
                        2,
                        by(T3, "New IBCF offsetting growth added")));
        projection.deliver(T4, new SpendWithdrawnEvent(board, YEAR, "L3", Q1, 2, by(T4, "posted to the wrong line")));
    }

    private PoolView pool(String board, String asOf) {
        return views.fetch(new FetchPoolQuery(board, YEAR, AsOfParameter.optional("asOf", asOf)), PoolView.class);
    }

    @Test
    void readsThePoolNowAndAsOfEarlierMoments() {
        String board = "POOL0001";
        deliverPool(board);

        PoolView now = pool(board, null);
        assertThat(now.totals().budget()).isEqualByComparingTo("6313000");
        assertThat(now.balance().get("IBCF")).isEqualByComparingTo("0");
        assertThat(now.totals().spendToDate()).isNull();
        assertThat(now.totals().linesWithoutSpend()).isEqualTo(now.lines().size());
        assertThat(now.checks())
                .filteredOn(check -> check.name().equals("BALANCE_IBCF"))
                .extracting(PoolCheck::result)
                .containsExactly(CheckResult.PASS);

        PoolView midJuly = pool(board, "2019-07-20T00:00:00Z");
        assertThat(midJuly.totals().budget()).isEqualByComparingTo("6055000");
        assertThat(midJuly.totals().spendToDate()).isEqualByComparingTo("1500000");
        assertThat(midJuly.balance().get("IBCF")).isEqualByComparingTo("258000");
        assertThat(midJuly.checks())
                .filteredOn(check -> check.name().equals("BALANCE_IBCF"))
                .extracting(PoolCheck::result)
                .containsExactly(CheckResult.FAIL);
    }

    @Test
    void aPoolNotYetRecordedAtTheMomentIsNotFound() {
        String board = "POOL0002";
        deliverPool(board);

        assertThatThrownBy(() -> pool(board, "2019-04-15T00:00:00Z"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(RefusalKind.NOT_FOUND));
    }

    @Test
    void aLinesHistoryHoldsItsVersionsAndItsSpendsWithReasons() {
        String board = "POOL0003";
        deliverPool(board);

        PoolLineHistoryView history = views.fetch(
                new FetchPoolLineHistoryQuery(board, YEAR, "L3", AsOfParameter.optional("asOf", null)),
                PoolLineHistoryView.class);

        assertThat(history.versions())
                .extracting(
                        PoolLineHistoryView.Version::kind,
                        PoolLineHistoryView.Version::change,
                        PoolLineHistoryView.Version::withdrawn,
                        PoolLineHistoryView.Version::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line", "recorded", false, null),
                        org.assertj.core.groups.Tuple.tuple("spend", "recorded", false, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "line", "corrected", false, "New IBCF offsetting growth added"),
                        org.assertj.core.groups.Tuple.tuple("spend", "withdrawn", true, "posted to the wrong line"));
        assertThat(history.versions().get(3).value()).isInstanceOf(uk.bcf.ledger.shared.pool.Spend.class);

        PoolLineHistoryView asOfJuly = views.fetch(
                new FetchPoolLineHistoryQuery(
                        board, YEAR, "L3", AsOfParameter.optional("asOf", "2019-07-20T00:00:00Z")),
                PoolLineHistoryView.class);
        assertThat(asOfJuly.versions()).hasSize(2);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String board = "POOL0004";
        deliverPool(board);
        projection.deliver(
                T3,
                new SchemeLineCorrectedEvent(
                        board,
                        YEAR,
                        "L3",
                        line("LD Growth", "6258", "4545"),
                        2,
                        by(T3, "New IBCF offsetting growth added")));

        assertThat(pool(board, null).totals().budget()).isEqualByComparingTo("6313000");
    }
}
