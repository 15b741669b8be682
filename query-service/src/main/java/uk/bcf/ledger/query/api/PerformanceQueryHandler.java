package uk.bcf.ledger.query.api;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.performance.PerformanceCalculator;
import uk.bcf.ledger.query.readmodel.BoardTables;
import uk.bcf.ledger.query.readmodel.FigureTables;
import uk.bcf.ledger.shared.query.FetchPerformanceQuery;
import uk.bcf.ledger.shared.query.PerformanceView;

/**
 * Answers {@link FetchPerformanceQuery} from the current-figure tables; empty when the board is unknown. The
 * reads share one read-only transaction so the view is computed from a single consistent snapshot.
 */
@Component
class PerformanceQueryHandler {

    private final BoardTables boards;
    private final FigureTables figures;
    private final PerformanceCalculator calculator;

    PerformanceQueryHandler(BoardTables boards, FigureTables figures, PerformanceCalculator calculator) {
        this.boards = boards;
        this.figures = figures;
        this.calculator = calculator;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<PerformanceView> handle(FetchPerformanceQuery query) {
        return boards.find(query.boardCode()).map(board -> new PerformanceView(board.code(), board.name(),
                query.financialYear().code(),
                calculator.rows(query.financialYear(),
                        figures.actualsOf(board.code(), query.financialYear()),
                        figures.plansOf(board.code(), query.financialYear()),
                        boards.populationsOf(board.code()))));
    }
}
