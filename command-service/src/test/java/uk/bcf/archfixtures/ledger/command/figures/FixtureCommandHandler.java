package uk.bcf.archfixtures.ledger.command.figures;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;

/** A command handler registered by hand, not a bean: an Axon edge all the same. */
public class FixtureCommandHandler {

    @CommandHandler
    public String handle(FixtureCommand command, MetaData metaData) {
        return command.id() + metaData.size();
    }
}
