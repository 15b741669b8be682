package uk.bcf.ledger.query.restatement;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.Moment;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.query.projection.RestatementRepository;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers {@link FetchRestatementsQuery}: the board's figures known at {@code since} that have a newer version as
 * known at {@code asOf}.
 */
@Component
class RestatementsQueryHandler {

    private final AsOfResolver moments;
    private final BoardRepository boards;
    private final RestatementRepository changes;

    RestatementsQueryHandler(AsOfResolver moments, BoardRepository boards, RestatementRepository changes) {
        this.moments = moments;
        this.boards = boards;
        this.changes = changes;
    }

    /**
     * @throws Refusal 400 when {@code since} is after {@code asOf}; 404 when the board has no sign-off either
     *                     names, or was unknown at {@code asOf}
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public RestatementsView handle(FetchRestatementsQuery query) {
        Moment since = moments.resolve(query.boardCode(), "since", query.since());
        Moment asOf = moments.resolve(query.boardCode(), "asOf", query.asOf());
        if (!asOf.asOf().isNow() && since.asOf().instant().isAfter(asOf.asOf().instant())) {
            throw Refusal.invalid("since", "must not be after asOf");
        }
        return boards.find(query.boardCode(), asOf.asOf())
                .map(board -> new RestatementsView(
                        board.code(),
                        since.asOf().instant(),
                        changes.between(board.code(), since.asOf().instant(), asOf.asOf())))
                .orElseThrow(
                        () -> Refusal.notFound("board", "no board with code '" + query.boardCode() + "' is known"));
    }
}
