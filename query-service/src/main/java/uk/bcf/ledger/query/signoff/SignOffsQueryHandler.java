package uk.bcf.ledger.query.signoff;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.query.projection.SignOffRepository;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Answers {@link FetchSignOffsQuery} from the {@code sign_off} table, as known at the query's moment. */
@Component
class SignOffsQueryHandler {

    private final AsOfResolver moments;
    private final BoardRepository boards;
    private final SignOffRepository signOffs;

    SignOffsQueryHandler(AsOfResolver moments, BoardRepository boards, SignOffRepository signOffs) {
        this.moments = moments;
        this.boards = boards;
        this.signOffs = signOffs;
    }

    /**
     * @throws Refusal 404 when the board has no sign-off the moment names, or was unknown then
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SignOffsView handle(FetchSignOffsQuery query) {
        AsOf asOf = moments.resolve(query.boardCode(), "asOf", query.asOf()).asOf();
        return boards.find(query.boardCode(), asOf)
                .map(board -> new SignOffsView(board.code(), signOffs.of(board.code(), asOf)))
                .orElseThrow(
                        () -> Refusal.notFound("board", "no board with code '" + query.boardCode() + "' is known"));
    }
}
