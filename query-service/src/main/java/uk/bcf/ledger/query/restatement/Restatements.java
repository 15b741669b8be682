package uk.bcf.ledger.query.restatement;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.http.Moment;
import uk.bcf.ledger.query.http.ReadRefused;

/** Fetches restatements through the query bus, refusing a board unknown at the moment and a backwards range. */
@Component
class Restatements {

    private final QueryGateway queries;

    Restatements(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @throws ReadRefused 400 when {@code since} is after {@code asOf}, 404 when the board was unknown at {@code asOf}
     */
    RestatementsView fetch(String boardCode, Moment since, Moment asOf) {
        if (!asOf.asOf().isNow() && since.asOf().instant().isAfter(asOf.asOf().instant())) {
            throw ReadRefused.badRequest("since", "must not be after asOf");
        }
        FetchRestatementsQuery query = new FetchRestatementsQuery(boardCode, since.asOf().instant(), asOf.asOf());
        Optional<RestatementsView> view = queries.query(query,
                ResponseTypes.optionalInstanceOf(RestatementsView.class)).join();
        return view.orElseThrow(() -> ReadRefused.notFound("board", "no board with code '" + boardCode + "' is known"));
    }
}
