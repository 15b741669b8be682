package uk.bcf.ledger.query.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.pool.PoolEvent;

/**
 * Calls the projection's handlers directly, each event in its own transaction, with the timestamp the event store
 * would have given it and an identifier derived from the event and that timestamp (so the same delivery twice is
 * the same event). Tests use board (and metric) codes that never reach the event store, so the running processor
 * leaves their rows alone.
 */
public final class ProjectionDriver {

    private final PerformanceProjection projection;
    private final PoolProjection pool;
    private final MetricDefinitionProjection metrics;
    private final TransactionTemplate transactions;

    public ProjectionDriver(ApplicationContext context) {
        this.projection = context.getBean(PerformanceProjection.class);
        this.pool = context.getBean(PoolProjection.class);
        this.metrics = context.getBean(MetricDefinitionProjection.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** Delivers the event as stored at the instant. */
    public void deliver(String storedAt, Object event) {
        deliver(Instant.parse(storedAt), event);
    }

    public void deliver(Instant storedAt, Object event) {
        deliver(
                storedAt,
                UUID.nameUUIDFromBytes((event + "@" + storedAt).getBytes(StandardCharsets.UTF_8))
                        .toString(),
                event);
    }

    /** Delivers the event as stored at the instant under the identifier. */
    public void deliver(Instant storedAt, String eventId, Object event) {
        transactions.executeWithoutResult(status -> dispatch(event, eventId, storedAt));
    }

    public void reset() {
        transactions.executeWithoutResult(status -> projection.reset());
    }

    private void dispatch(Object event, String eventId, Instant storedAt) {
        if (event instanceof BoardRegisteredEvent registered) {
            projection.on(registered, eventId, storedAt);
        } else if (event instanceof PopulationRecordedEvent population) {
            projection.on(population, eventId, storedAt);
        } else if (event instanceof PlanSetEvent planSet) {
            projection.on(planSet, eventId, storedAt);
        } else if (event instanceof PlanRevisedEvent planRevised) {
            projection.on(planRevised, eventId, storedAt);
        } else if (event instanceof ActualRecordedEvent recorded) {
            projection.on(recorded, eventId, storedAt);
        } else if (event instanceof ActualCorrectedEvent corrected) {
            projection.on(corrected, eventId, storedAt);
        } else if (event instanceof ActualWithdrawnEvent withdrawn) {
            projection.on(withdrawn, eventId, storedAt);
        } else if (event instanceof QuarterSignedOffEvent signedOff) {
            projection.on(signedOff, eventId, storedAt);
        } else if (event instanceof CommentaryWrittenEvent commentary) {
            projection.on(commentary, eventId, storedAt);
        } else if (event instanceof PublishedFigureNotedEvent noted) {
            projection.on(noted);
        } else if (event instanceof MetricDefinedEvent defined) {
            metrics.on(defined, eventId, storedAt);
        } else if (event instanceof MetricAmendedEvent amended) {
            metrics.on(amended, eventId, storedAt);
        } else if (event instanceof MetricRetiredEvent retired) {
            metrics.on(retired, eventId, storedAt);
        } else if (event instanceof PoolEvent poolEvent) {
            PoolProjectionDriver.dispatch(pool, poolEvent, eventId, storedAt);
        } else {
            throw new IllegalArgumentException(
                    "the projection does not handle " + event.getClass().getName());
        }
    }
}
