package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller that calls a query handler instead of sending its query: breaks
 * CONTROLLERS_READ_THROUGH_THE_QUERY_BUS and QUERY_HANDLERS_ARE_CALLED_ONLY_BY_THE_BUS.
 */
@RestController
class HandlerCallingController {

    private final BoardFixtureQueryHandler handler;

    HandlerCallingController(BoardFixtureQueryHandler handler) {
        this.handler = handler;
    }

    @GetMapping("/fixtures/boards/handled")
    List<String> boards() {
        return handler.handle(new FetchBoardFixtureQuery());
    }
}
