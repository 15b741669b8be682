package uk.bcf.ledger.query.performance;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.operations.BoardReadCache;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardChanges;
import uk.bcf.ledger.query.projection.BoardTables;
import uk.bcf.ledger.query.projection.FiguresAsOf;
import uk.bcf.ledger.query.projection.PopulationVersions;
import uk.bcf.ledger.shared.query.FigureKind;

/**
 * Answers {@link FetchPerformanceQuery} from the figures and populations valid at the query's moment; empty when
 * the board was not registered by then. The reads share one repeatable-read transaction, so the view is computed
 * from a single snapshot even while the projection writes. A view is kept in a {@link BoardReadCache} under the
 * board's change stamp read in the same snapshot, and served again until an event changes the board.
 */
@Component
class PerformanceQueryHandler {

    private final BoardTables boards;
    private final FiguresAsOf figures;
    private final PopulationVersions populations;
    private final PerformanceCalculator calculator;
    private final BoardChanges changes;
    private final BoardReadCache<FetchPerformanceQuery, PerformanceView> views;

    PerformanceQueryHandler(BoardTables boards, FiguresAsOf figures, PopulationVersions populations,
            PerformanceCalculator calculator, BoardChanges changes,
            BoardReadCache<FetchPerformanceQuery, PerformanceView> views) {
        this.boards = boards;
        this.figures = figures;
        this.populations = populations;
        this.calculator = calculator;
        this.changes = changes;
        this.views = views;
    }

    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PerformanceView> handle(FetchPerformanceQuery query) {
        String board = query.boardCode();
        return Optional.ofNullable(views.get(board, query, changes.stampOf(board), () -> compute(query).orElse(null)));
    }

    private Optional<PerformanceView> compute(FetchPerformanceQuery query) {
        AsOf asOf = query.asOf();
        return boards.find(query.boardCode(), asOf).map(board -> new PerformanceView(board.code(), board.name(),
                query.financialYear().code(),
                calculator.rows(query.financialYear(),
                        figures.figuresOf(board.code(), FigureKind.ACTUAL, query.financialYear(), asOf),
                        figures.figuresOf(board.code(), FigureKind.PLAN, query.financialYear(), asOf),
                        populations.asOf(board.code(), asOf))));
    }
}
