package uk.bcf.ledger.query.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;

/**
 * Keeps the current-figure tables that the performance view is computed from. Runs in the streaming processing
 * group {@value #GROUP}; each event is applied inside a savepoint so that a failing event can be dead-lettered
 * without aborting the batch's transaction.
 */
@Component
@ProcessingGroup(PerformanceProjection.GROUP)
public class PerformanceProjection {

    public static final String GROUP = "performance-projection";

    private final BoardTables boards;
    private final FigureTables figures;
    private final Savepoints savepoints;

    PerformanceProjection(BoardTables boards, FigureTables figures, Savepoints savepoints) {
        this.boards = boards;
        this.figures = figures;
        this.savepoints = savepoints;
    }

    @MessageHandlerInterceptor
    Object eachEventInASavepoint(InterceptorChain chain) throws Exception {
        return savepoints.run(chain::proceed);
    }

    @EventHandler
    void on(BoardRegisteredEvent event) {
        boards.upsertBoard(event.boardCode(), event.name(), event.provenance().recordedAt());
    }

    @EventHandler
    void on(PopulationRecordedEvent event) {
        boards.upsertPopulation(event.boardCode(), event.year(), event.ageBand(), event.count(), event.provenance().source(), event.version());
    }

    @EventHandler
    void on(PlanSetEvent event) {
        figures.upsertPlan(event, event.measurement());
    }

    @EventHandler
    void on(PlanRevisedEvent event) {
        figures.upsertPlan(event, event.measurement());
    }

    @EventHandler
    void on(ActualRecordedEvent event) {
        figures.upsertActual(event, event.measurement());
    }

    @EventHandler
    void on(ActualCorrectedEvent event) {
        figures.upsertActual(event, event.measurement());
    }

    @EventHandler
    void on(ActualWithdrawnEvent event) {
        figures.markActualWithdrawn(event);
    }

    /** Before a replay: empty the tables, which the replay then refills from the first event. */
    @ResetHandler
    void reset() {
        figures.deleteAll();
        boards.deleteAll();
    }
}
