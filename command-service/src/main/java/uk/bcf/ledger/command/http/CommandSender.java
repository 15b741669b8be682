package uk.bcf.ledger.command.http;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.command.idempotency.IdempotencyInterceptor;
import uk.bcf.ledger.shared.command.FigureVersion;

/**
 * Sends a write's command, with its idempotency key when the request carried one, and finds where the stored
 * event sits in the event stream: the global position a reader can wait for on the query side.
 */
@Component
public class CommandSender {

    /** What a write produced: the figure's new version and the event's global position. */
    public record Sent(FigureVersion stored, long position) {
    }

    private final CommandGateway commands;
    private final EventStoreIndex eventStore;

    CommandSender(CommandGateway commands, EventStoreIndex eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    public Sent send(Object command, String idempotencyKey) {
        Map<String, ?> metaData = idempotencyKey == null ? Map.of() : Map.of(IdempotencyInterceptor.KEY, idempotencyKey);
        FigureVersion stored = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return new Sent(stored, eventStore.positionOf(stored.aggregateId(), stored.aggregateSequence()));
    }
}
