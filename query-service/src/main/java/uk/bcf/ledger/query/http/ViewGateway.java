package uk.bcf.ledger.query.http;

import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a read's {@code Fetch…Query} over Axon's query bus and waits for its {@code …View}: the one way a controller
 * (or a query handler that builds on another view) reads. The bus runs the handler in the caller's thread; a refusal
 * the handler throws ({@link ReadRefused}) comes back as itself, not wrapped in the bus's
 * {@link CompletionException}, so that it is answered as problem+json like any other refusal.
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
     * @throws ReadRefused as the handler refused the read
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
            if (cause instanceof ReadRefused refused) {
                return refused;
            }
        }
        return failed.getCause() instanceof RuntimeException cause ? cause : failed;
    }
}
