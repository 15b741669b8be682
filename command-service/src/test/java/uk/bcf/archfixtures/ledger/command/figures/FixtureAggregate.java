package uk.bcf.archfixtures.ledger.command.figures;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An aggregate: an Axon edge of the domain rules, which may use Axon. */
@Aggregate
public class FixtureAggregate {

    @AggregateIdentifier
    private String id;

    @CommandHandler
    public FixtureAggregate(FixtureCommand command) {
        this.id = command.id();
    }
}
