package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.bcf.archfixtures.ledger.query.projection.BoardFixtureRepository;

/** A query handler as it should be. */
@Component
public class BoardFixtureQueryHandler {

    private final BoardFixtureRepository boards = new BoardFixtureRepository();

    @QueryHandler
    List<String> handle(FetchBoardFixtureQuery query) {
        return boards.codes();
    }
}
