package uk.bcf.ledger.command.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;

/**
 * Keeps {@link KnownPopulationRepository} in step with the event store. Runs in the subscribing processing group of
 * {@link BoardDirectoryUpdater}, inside the unit of work (and transaction) that appends the event, with errors
 * propagated so that a failure here rolls the population back.
 */
@Component
@ProcessingGroup(BoardDirectoryUpdater.GROUP)
class KnownPopulationUpdater {

    private final KnownPopulationRepository populations;

    KnownPopulationUpdater(KnownPopulationRepository populations) {
        this.populations = populations;
    }

    @EventHandler
    void on(PopulationRecordedEvent event) {
        populations.record(event.boardCode(), event.year(), event.ageBand(), event.count(), event.version());
    }
}
