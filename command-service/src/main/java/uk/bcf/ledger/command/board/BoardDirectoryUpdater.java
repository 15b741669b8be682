package uk.bcf.ledger.command.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;

/**
 * Keeps {@link BoardDirectory} in step with the event store. Runs in the subscribing processing group
 * {@value #GROUP}, inside the unit of work (and transaction) that appends the event, with errors propagated so
 * that a failure here rolls the registration back.
 */
@Component
@ProcessingGroup(BoardDirectoryUpdater.GROUP)
public class BoardDirectoryUpdater {

    public static final String GROUP = "board-directory";

    private final BoardDirectory directory;

    BoardDirectoryUpdater(BoardDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(BoardRegisteredEvent event) {
        directory.add(event.boardCode(), event.name());
    }
}
