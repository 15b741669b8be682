package uk.bcf.ledger.query.http;

import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Sends a read's {@code Fetch…Query} over Axon's query bus and waits for its {@code …View}: the one way a controller
 * (or a query handler that builds on another view) reads. The bus runs the handler in the caller's thread; a
 * {@link Refusal} the handler throws comes back as itself, not wrapped in the bus's {@link CompletionException}
 * (or whatever Axon wraps it in), so that it is answered as problem+json like any other refusal. This is the only
 * place the query service unwraps what Axon's query bus throws.
 */
@Component
public class ViewGateway {

    private final QueryGateway queries;

    ViewGateway(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * The view answering the query.
     *
     * @param query    a {@code Fetch…Query}
     * @param viewType the {@code …View} its handler returns
     * @throws Refusal as the handler refused the read
     */
    public <V> V fetch(Object query, Class<V> viewType) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(viewType)).join();
        } catch (CompletionException failed) {
            throw unwrapped(failed);
        }
    }

    private static RuntimeException unwrapped(CompletionException failed) {
        for (Throwable cause = failed.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        return failed.getCause() instanceof RuntimeException cause ? cause : failed;
    }
}
