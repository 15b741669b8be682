package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that sends its query on Axon's gateway itself: breaks QUERIES_ARE_SENT_THROUGH_THE_HTTP_KIT. */
@RestController
class GatewayController {

    private final QueryGateway queries;

    GatewayController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/fixtures/boards/gateway")
    CompletableFuture<List<String>> boards() {
        return queries.query(new FetchBoardFixtureQuery(), ResponseTypes.multipleInstancesOf(String.class));
    }
}
