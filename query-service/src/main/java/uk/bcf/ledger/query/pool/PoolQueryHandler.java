package uk.bcf.ledger.query.pool;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Answers {@link FetchPoolQuery}: the pool's entries at the query's moment, computed by {@link PoolCalculator}. */
@Component
class PoolQueryHandler {

    private final AsOfResolver moments;
    private final BoardRepository boards;
    private final PoolEntriesLoader loader;
    private final PoolCalculator calculator = new PoolCalculator();

    PoolQueryHandler(AsOfResolver moments, BoardRepository boards, PoolEntriesLoader loader) {
        this.moments = moments;
        this.boards = boards;
        this.loader = loader;
    }

    /**
     * @throws Refusal 404 when the board was unknown at the moment, or its pool for the year had no entry then
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PoolView handle(FetchPoolQuery query) {
        AsOf asOf = moments.resolve(query.boardCode(), "asOf", query.asOf()).asOf();
        boards.find(query.boardCode(), asOf)
                .orElseThrow(
                        () -> Refusal.notFound("board", "no board with code '" + query.boardCode() + "' is known"));
        PoolEntries entries = loader.load(query.boardCode(), query.year(), asOf);
        if (entries.isEmpty()) {
            throw Refusal.notFound(
                    "fy",
                    "board " + query.boardCode() + " has no pooled budget recorded for "
                            + query.year().code() + (asOf.isNow() ? "" : " as of " + asOf.instant()));
        }
        return calculator.calculate(query.boardCode(), query.year(), asOf.instant(), entries);
    }
}
