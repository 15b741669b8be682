package uk.bcf.ledger.query.projection;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;

/**
 * Projects the catalogue's events into {@link MetricDefinitionVersionRepository}, in the processing group of
 * {@link PerformanceProjection} (one token, one replay, one rebuild for every read table). Its writes run at once,
 * in the processor's transaction, or in a savepoint when the processor retries event by event.
 */
@Component
@ProcessingGroup(PerformanceProjection.GROUP)
public class MetricDefinitionProjection {

    private final MetricDefinitionVersionRepository definitions;
    private final ProjectionWriter writes;

    MetricDefinitionProjection(MetricDefinitionVersionRepository definitions, ProjectionWriter writes) {
        this.definitions = definitions;
        this.writes = writes;
    }

    @MessageHandlerInterceptor
    Object inTheProcessorsTransaction(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return writes.handle(event, chain::proceed);
    }

    @EventHandler
    void on(MetricDefinedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        definitions.append(event.code(), event.definition(), event.provenance(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(MetricAmendedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        definitions.append(event.code(), event.definition(), event.provenance(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(MetricRetiredEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        definitions.append(event.code(), null, event.provenance(), new StoredEvent(eventId, storedAt));
    }

    /** Before a replay: empty the table, which the replay then refills from the first event. */
    @ResetHandler
    void reset() {
        definitions.deleteAll();
    }
}
