package uk.bcf.archfixtures.ledger.command;

import uk.bcf.archfixtures.ledger.shared.command.FixtureCommand;
import uk.bcf.archfixtures.ledger.shared.event.FixtureEvent;
import uk.bcf.archfixtures.ledger.shared.figure.FixtureProvenance;

/** The command side: handles the command and makes the event, provenance included. */
public final class FixtureEventSource {

    public FixtureEvent handle(FixtureCommand command) {
        return new FixtureEvent(command.board(), new FixtureProvenance("analyst"));
    }
}
