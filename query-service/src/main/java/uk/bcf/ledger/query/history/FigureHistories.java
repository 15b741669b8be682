package uk.bcf.ledger.query.history;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.http.ReadRefused;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.shared.query.FigureKind;

/** Fetches figure histories through the query bus, refusing figures that had no version at the moment. */
@Component
class FigureHistories {

    private final QueryGateway queries;

    FigureHistories(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @throws ReadRefused 400 when the period is malformed, 404 when the figure had no version at the moment
     */
    FigureHistoryView fetch(String boardCode, FigureKind kind, String metric, String period, AsOf asOf) {
        FetchFigureHistoryQuery query = new FetchFigureHistoryQuery(boardCode, kind, metric,
                RequestParameters.period(period), asOf);
        Optional<FigureHistoryView> history = queries.query(query,
                ResponseTypes.optionalInstanceOf(FigureHistoryView.class)).join();
        return history.orElseThrow(() -> ReadRefused.notFound("period", "board '" + boardCode + "' has no "
                + kind.code() + " of " + metric + " for " + period));
    }
}
