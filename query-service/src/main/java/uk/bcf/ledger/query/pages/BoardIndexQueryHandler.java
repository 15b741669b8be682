package uk.bcf.ledger.query.pages;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.access.VisibleBoards;
import uk.bcf.ledger.query.pages.BoardIndexView.BoardEntry;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.query.projection.FigureVersionRepository;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.Caller;

/**
 * Answers {@link FetchBoardIndexQuery}: the boards registered now that the caller may see, and then, for those
 * only, the years they have figures for.
 */
@Component
class BoardIndexQueryHandler {

    private final BoardRepository boards;
    private final FigureVersionRepository figures;

    BoardIndexQueryHandler(BoardRepository boards, FigureVersionRepository figures) {
        this.boards = boards;
        this.figures = figures;
    }

    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public BoardIndexView handle(FetchBoardIndexQuery query) {
        Caller caller = query.caller();
        return new BoardIndexView(
                VisibleBoards.of(caller, boards.all(AsOf.now())).stream()
                        .map(board -> new BoardEntry(
                                board.code(),
                                board.name(),
                                figures.yearsOf(board.code()),
                                AccessPolicy.mayRead(caller, board.code()),
                                AccessPolicy.mayRecordFigures(caller, board.code())))
                        .toList(),
                caller.scope().allBoards());
    }
}
