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
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.figure.FigureKind;

/**
 * Keeps the bitemporal read tables: every version of every plan, actual, population and commentary, sign-offs and
 * boards, each stamped with the system time of the event that stored it (the message's timestamp, so a rebuild
 * writes the same rows). Runs in the streaming processing group {@value #GROUP}; a processor batch's writes are
 * collected and run together before it commits, and a batch whose writes fail is retried event by event, each in
 * a savepoint, so that the failing event can be dead-lettered without aborting the transaction
 * ({@link ProjectionWriter}).
 */
@Component
@ProcessingGroup(PerformanceProjection.GROUP)
public class PerformanceProjection {

    public static final String GROUP = "performance-projection";

    private final BoardRepository boards;
    private final FigureVersionWriter figures;
    private final PopulationVersionRepository populations;
    private final SignOffRepository signOffs;
    private final CommentaryVersionRepository commentaries;
    private final BoardChangeRepository changes;
    private final ProjectionWriter writes;

    PerformanceProjection(
            BoardRepository boards,
            FigureVersionWriter figures,
            PopulationVersionRepository populations,
            SignOffRepository signOffs,
            CommentaryVersionRepository commentaries,
            BoardChangeRepository changes,
            ProjectionWriter writes) {
        this.boards = boards;
        this.figures = figures;
        this.populations = populations;
        this.signOffs = signOffs;
        this.commentaries = commentaries;
        this.changes = changes;
        this.writes = writes;
    }

    @MessageHandlerInterceptor
    Object batchedOrInASavepoint(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return writes.handle(event, chain::proceed);
    }

    @EventHandler
    void on(BoardRegisteredEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        boards.register(event, new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(PopulationRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        populations.append(event, new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(PlanSetEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        figures.append(
                FigureKind.PLAN, FigureChange.SET, event, event.measurement(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(PlanRevisedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        figures.append(
                FigureKind.PLAN, FigureChange.REVISED, event, event.measurement(), new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(ActualRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        figures.append(
                FigureKind.ACTUAL,
                FigureChange.RECORDED,
                event,
                event.measurement(),
                new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(ActualCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        figures.append(
                FigureKind.ACTUAL,
                FigureChange.CORRECTED,
                event,
                event.measurement(),
                new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(ActualWithdrawnEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        figures.appendWithdrawal(FigureKind.ACTUAL, event, new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(PublishedFigureNotedEvent event) {
        figures.notePublished(event);
    }

    @EventHandler
    void on(QuarterSignedOffEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        signOffs.record(event, new StoredEvent(eventId, storedAt));
    }

    @EventHandler
    void on(CommentaryWrittenEvent event, @MessageIdentifier String eventId, @Timestamp Instant storedAt) {
        commentaries.append(event, new StoredEvent(eventId, storedAt));
    }

    /** Before a replay: empty every table, which the replay then refills from the first event. */
    @ResetHandler
    void reset() {
        writes.reset();
        commentaries.deleteAll();
        figures.deleteAll();
        populations.deleteAll();
        signOffs.deleteAll();
        boards.deleteAll();
        changes.deleteAll();
    }
}
