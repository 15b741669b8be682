package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

/** Answers a query without saying so in its name: breaks QUERY_HANDLERS_ARE_NAMED_SO. */
public class BoardReader {

    @QueryHandler
    List<String> handle(FetchBoardFixtureQuery query) {
        return List.of();
    }
}
