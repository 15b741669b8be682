package uk.bcf.ledger.query.performance;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.http.ReadRefused;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.projection.AsOf;

/** Fetches performance views through the query bus for the API and the pages, refusing unknown boards. */
@Component
public class PerformanceViews {

    private final QueryGateway queries;

    PerformanceViews(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * The view as known at the moment.
     *
     * @throws ReadRefused when the board was unknown then (404) or {@code fy} is not a financial year (400)
     */
    public PerformanceView fetch(String code, String fy, AsOf asOf) {
        FetchPerformanceQuery query = new FetchPerformanceQuery(code, RequestParameters.financialYear(fy), asOf);
        Optional<PerformanceView> view = queries.query(query, ResponseTypes.optionalInstanceOf(PerformanceView.class)).join();
        return view.orElseThrow(() -> ReadRefused.notFound("board", "no board with code '" + code + "' is known"));
    }
}
