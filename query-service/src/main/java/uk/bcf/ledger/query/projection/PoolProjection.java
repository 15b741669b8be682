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
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.ContributionWithdrawnEvent;
import uk.bcf.ledger.shared.pool.NationalMinimumsSetEvent;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.pool.SpendCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.pool.SpendWithdrawnEvent;

/**
 * Keeps {@code pool_entry_version}: every version of every entry of every pooled budget, stamped with the system
 * time of the event that stored it. Part of the same processing group as {@link PerformanceProjection}, so a pool
 * and the figures of its board are read at one position, rebuilt together, and batched and dead-lettered alike
 * ({@link ProjectionWriter}).
 */
@Component
@ProcessingGroup(PerformanceProjection.GROUP)
class PoolProjection {

    private final PoolEntryWriter entries;
    private final ProjectionWriter writes;

    PoolProjection(PoolEntryWriter entries, ProjectionWriter writes) {
        this.entries = entries;
        this.writes = writes;
    }

    @MessageHandlerInterceptor
    Object batchedOrInASavepoint(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return writes.handle(event, chain::proceed);
    }

    @EventHandler
    void on(ContributionRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.append(event, PoolEntryChange.RECORDED, event.contribution(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(ContributionCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.append(event, PoolEntryChange.CORRECTED, event.contribution(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(ContributionWithdrawnEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.appendWithdrawal(event, new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(NationalMinimumsSetEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        PoolEntryChange change = event.version() == 1 ? PoolEntryChange.SET : PoolEntryChange.REVISED;
        entries.append(event, change, event.minimums(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(SchemeLineAddedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.append(event, PoolEntryChange.RECORDED, event.line(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(SchemeLineCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.append(event, PoolEntryChange.CORRECTED, event.line(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(SchemeLineWithdrawnEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.appendWithdrawal(event, new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(SpendRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.append(event, PoolEntryChange.RECORDED, event.spend(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(SpendCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.append(event, PoolEntryChange.CORRECTED, event.spend(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(SpendWithdrawnEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        entries.appendWithdrawal(event, new StoredEvent(eventId, storedAt));
    }

    /** Before a replay: empty the table, which the replay then refills from the first event. */
    @ResetHandler
    void reset() {
        entries.deleteAll();
    }
}
