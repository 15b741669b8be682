package uk.bcf.ledger.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.performance.CurrentFigure;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;

/**
 * The projection's handlers against the real read tables, called directly inside a transaction. Every test uses
 * a board code that never appears in the event store, so the running tracking processor never touches its rows.
 */
class PerformanceProjectionIT extends QueryServiceTestDatabase {

    private static final FinancialYear FY = new FinancialYear(2019);
    private static final Month APRIL = Month.of(2019, 4);
    private static final String NEL = "NEL";

    @Autowired PerformanceProjection projection;
    @Autowired FigureTables figures;
    @Autowired BoardTables boards;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void recordingCorrectingAndWithdrawingAnActualLeavesItsCurrentVersion() {
        String board = "PPT00001";
        handle(p -> p.on(recorded(board, 1, 10)));
        assertThat(actualValues(board)).containsExactly(10L);

        handle(p -> p.on(corrected(board, 2, 12)));
        assertThat(actualValues(board)).containsExactly(12L);

        handle(p -> p.on(withdrawn(board, 3)));
        assertThat(figures.actualsOf(board, FY)).isEmpty();
        assertThat(actualRow(board)).isEqualTo(new ActualRow(12, true, 3));

        handle(p -> p.on(recorded(board, 4, 15)));
        assertThat(actualValues(board)).containsExactly(15L);
        assertThat(actualRow(board)).isEqualTo(new ActualRow(15, false, 4));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String board = "PPT00002";
        List<Consumer<PerformanceProjection>> history = List.of(
                p -> p.on(new BoardRegisteredEvent(board, "Redelivery", provenance("registrar"))),
                p -> p.on(recorded(board, 1, 10)),
                p -> p.on(corrected(board, 2, 12)),
                p -> p.on(withdrawn(board, 3)));
        history.forEach(this::handle);
        ActualRow current = actualRow(board);
        assertThat(current).isEqualTo(new ActualRow(12, true, 3));

        for (int event = 0; event < history.size(); event++) {
            handle(history.get(event));
            assertThat(actualRow(board)).as("after redelivering event %d", event + 1).isEqualTo(current);
        }
        assertThat(boards.all()).filteredOn(row -> row.code().equals(board)).hasSize(1);
        assertThat(figures.actualsOf(board, FY)).isEmpty();
    }

    @Test
    void anOlderVersionArrivingAfterANewerOneDoesNotOverwriteIt() {
        String board = "PPT00003";
        handle(p -> p.on(corrected(board, 3, 30)));
        handle(p -> {
            p.on(recorded(board, 1, 10));
            p.on(corrected(board, 2, 20));
            p.on(withdrawn(board, 2));
        });
        assertThat(actualRow(board)).isEqualTo(new ActualRow(30, false, 3));
        assertThat(actualValues(board)).containsExactly(30L);

        handle(p -> p.on(new PlanRevisedEvent(board, NEL, FY, Measurement.count(200), 2, provenance("planner"))));
        handle(p -> p.on(new PlanSetEvent(board, NEL, FY, Measurement.count(100), 1, provenance("planner"))));
        assertThat(figures.plansOf(board, FY)).singleElement()
                .satisfies(plan -> assertThat(plan.measurement().value()).isEqualByComparingTo("200"));
    }

    @Test
    void aPlanRevisionReplacesThePlan() {
        String board = "PPT00004";
        handle(p -> p.on(new PlanSetEvent(board, NEL, FY, Measurement.count(100), 1, provenance("planner"))));
        assertThat(figures.plansOf(board, FY)).singleElement()
                .satisfies(plan -> assertThat(plan.measurement().value()).isEqualByComparingTo("100"));

        handle(p -> p.on(new PlanRevisedEvent(board, NEL, FY, Measurement.perDay(new BigDecimal("0.5")), 2,
                provenance("reviser"))));

        CurrentFigure plan = figures.plansOf(board, FY).get(0);
        assertThat(figures.plansOf(board, FY)).hasSize(1);
        assertThat(plan.period()).isEqualTo(FY);
        assertThat(plan.measurement().value()).as("the set plan's count is replaced, not kept").isNull();
        assertThat(plan.measurement().perDay()).isEqualByComparingTo("0.5");
        assertThat(jdbc.sql("select version, recorded_by from read_model.plan_figure where board_code = ?")
                .param(board).query((row, n) -> row.getInt(1) + " " + row.getString(2)).single())
                .isEqualTo("2 reviser");
    }

    @Test
    void populationsMoveOnlyForwardByVersion() {
        String board = "PPT00005";
        handle(p -> p.on(population(board, 1, 1000, "SNPP 2016")));
        assertThat(boards.populationsOf(board).count(2019, "65+")).hasValue(1000);

        handle(p -> p.on(population(board, 2, 1100, "SNPP 2018")));
        assertThat(boards.populationsOf(board).count(2019, "65+")).hasValue(1100);

        handle(p -> p.on(population(board, 1, 1000, "SNPP 2016")));
        assertThat(boards.populationsOf(board).count(2019, "65+")).hasValue(1100);
        assertThat(jdbc.sql("select source from read_model.population where board_code = ?").param(board)
                .query(String.class).single()).isEqualTo("SNPP 2018");
    }

    @Test
    void theResetHandlerEmptiesTheTables() {
        String board = "PPT00006";
        handle(p -> {
            p.on(new BoardRegisteredEvent(board, "Reset", provenance("registrar")));
            p.on(population(board, 1, 1000, "SNPP 2018"));
            p.on(new PlanSetEvent(board, NEL, FY, Measurement.count(100), 1, provenance("planner")));
            p.on(recorded(board, 1, 10));
        });
        assertThat(rowCounts()).allSatisfy(count -> assertThat(count).isPositive());

        handle(PerformanceProjection::reset);

        assertThat(rowCounts()).containsOnly(0L);
        assertThat(boards.find(board)).isEmpty();
    }

    private record ActualRow(long value, boolean withdrawn, int version) {
    }

    private void handle(Consumer<PerformanceProjection> handling) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> handling.accept(projection));
    }

    private List<Long> actualValues(String board) {
        return figures.actualsOf(board, FY).stream()
                .map(figure -> figure.measurement().value().longValueExact())
                .toList();
    }

    private ActualRow actualRow(String board) {
        return jdbc.sql("select value, withdrawn, version from read_model.actual_figure where board_code = ?")
                .param(board)
                .query((row, n) -> new ActualRow(row.getLong(1), row.getBoolean(2), row.getInt(3)))
                .single();
    }

    private List<Long> rowCounts() {
        return List.of("board", "population", "plan_figure", "actual_figure").stream()
                .map(table -> jdbc.sql("select count(*) from read_model." + table).query(Long.class).single())
                .toList();
    }

    private static ActualRecordedEvent recorded(String board, int version, long value) {
        return new ActualRecordedEvent(board, NEL, APRIL, Measurement.count(value), version, provenance("recorder"));
    }

    private static ActualCorrectedEvent corrected(String board, int version, long value) {
        return new ActualCorrectedEvent(board, NEL, APRIL, Measurement.count(value), version, provenance("corrector"));
    }

    private static ActualWithdrawnEvent withdrawn(String board, int version) {
        return new ActualWithdrawnEvent(board, NEL, APRIL, version, provenance("withdrawer"));
    }

    private static PopulationRecordedEvent population(String board, int version, long count, String source) {
        return new PopulationRecordedEvent(board, 2019, "65+", count, version,
                new Provenance("loader", Instant.parse("2019-04-01T00:00:00Z"), source, null));
    }

    private static Provenance provenance(String who) {
        return new Provenance(who, Instant.parse("2019-05-10T09:00:00Z"), "SUS", "test");
    }
}
