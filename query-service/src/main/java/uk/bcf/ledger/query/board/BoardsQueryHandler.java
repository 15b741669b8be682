package uk.bcf.ledger.query.board;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.access.VisibleBoards;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Answers {@link FetchBoardsQuery} from the {@code board} table, keeping the boards the caller may see listed. */
@Component
class BoardsQueryHandler {

    private final AsOfResolver moments;
    private final BoardRepository boards;

    BoardsQueryHandler(AsOfResolver moments, BoardRepository boards) {
        this.moments = moments;
        this.boards = boards;
    }

    /**
     * @throws Refusal 400 when the moment is a sign-off
     */
    @QueryHandler
    public BoardsView handle(FetchBoardsQuery query) {
        return new BoardsView(
                VisibleBoards.of(query.caller(), boards.all(moments.resolveInstant("asOf", query.asOf()))));
    }
}
