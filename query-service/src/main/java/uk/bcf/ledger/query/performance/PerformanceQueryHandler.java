package uk.bcf.ledger.query.performance;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.operations.BoardReadCache;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardChangeRepository;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.query.projection.FigureVersionRepository;
import uk.bcf.ledger.query.projection.PopulationVersionRepository;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers {@link FetchPerformanceQuery} from the figures and populations valid at the query's moment. The reads
 * share one repeatable-read transaction, so the view is computed from a single snapshot even while the projection
 * writes. A view is kept in a {@link BoardReadCache} under the board's change stamp read in the same snapshot, and
 * served again until an event changes the board.
 */
@Component
class PerformanceQueryHandler {

    private final AsOfResolver moments;
    private final BoardRepository boards;
    private final FigureVersionRepository figures;
    private final PopulationVersionRepository populations;
    private final PerformanceCalculator calculator;
    private final BoardChangeRepository changes;
    private final BoardReadCache<FetchPerformanceQuery, PerformanceView> views;

    PerformanceQueryHandler(
            AsOfResolver moments,
            BoardRepository boards,
            FigureVersionRepository figures,
            PopulationVersionRepository populations,
            PerformanceCalculator calculator,
            BoardChangeRepository changes,
            BoardReadCache<FetchPerformanceQuery, PerformanceView> views) {
        this.moments = moments;
        this.boards = boards;
        this.figures = figures;
        this.populations = populations;
        this.calculator = calculator;
        this.changes = changes;
        this.views = views;
    }

    /**
     * @throws Refusal 404 when the board has no sign-off the moment names, or was not registered by then
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PerformanceView handle(FetchPerformanceQuery query) {
        String board = query.boardCode();
        AsOf asOf = moments.resolve(board, "asOf", query.asOf()).asOf();
        return views.get(board, query, changes.stampOf(board), () -> compute(query, asOf));
    }

    private PerformanceView compute(FetchPerformanceQuery query, AsOf asOf) {
        return boards.find(query.boardCode(), asOf)
                .map(board -> new PerformanceView(
                        board.code(),
                        board.name(),
                        query.financialYear().code(),
                        (asOf.isNow() ? calculator : calculator.asOf(asOf.instant()))
                                .forBoard(board.code())
                                .rows(
                                        query.financialYear(),
                                        figures.figuresOf(board.code(), FigureKind.ACTUAL, query.financialYear(), asOf),
                                        figures.figuresOf(board.code(), FigureKind.PLAN, query.financialYear(), asOf),
                                        populations.asOf(board.code(), asOf))))
                .orElseThrow(
                        () -> Refusal.notFound("board", "no board with code '" + query.boardCode() + "' is known"));
    }
}
