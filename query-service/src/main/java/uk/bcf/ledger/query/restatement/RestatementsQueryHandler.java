package uk.bcf.ledger.query.restatement;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.projection.BoardTables;
import uk.bcf.ledger.query.projection.FigureChanges;

/**
 * Answers {@link FetchRestatementsQuery}: the board's figures known at {@code since} that have a newer version as
 * known at {@code asOf}; empty when the board was not registered by {@code asOf}.
 */
@Component
class RestatementsQueryHandler {

    private final BoardTables boards;
    private final FigureChanges changes;

    RestatementsQueryHandler(BoardTables boards, FigureChanges changes) {
        this.boards = boards;
        this.changes = changes;
    }

    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<RestatementsView> handle(FetchRestatementsQuery query) {
        return boards.find(query.boardCode(), query.asOf()).map(board -> new RestatementsView(board.code(),
                query.since(), changes.between(board.code(), query.since(), query.asOf())));
    }
}
