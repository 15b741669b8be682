package uk.bcf.ledger.command.http;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.command.idempotency.IdempotencyInterceptor;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Sends commands over Axon's command bus, the one way a controller or an import does: a write's command with its
 * idempotency key when the request carried one, answered with where the stored event sits in the event stream (the
 * global position a reader can wait for on the query side).
 *
 * <p>It is also where Axon's failures become refusals. A {@link Refusal} thrown by a command's interceptors or
 * handler comes back as itself (the local command bus rethrows a handler's unchecked exception unwrapped). When
 * another write appended to the same ledger at the same moment (Axon's {@link ConcurrencyException}, or
 * {@link AggregateStreamCreationException} for two creations), or a simultaneous request with the same
 * idempotency key stored its answer first (the key's {@link DuplicateKeyException}), the command's transaction has
 * rolled back and the sender is refused with {@link RefusalKind#CONCURRENT_CHANGE} (409), to retry.
 */
@Component
public class CommandSender {

    /** What a write produced: the figure's new version and the event's global position. */
    public record Sent(FigureVersion stored, long position) {}

    private final CommandGateway commands;
    private final EventStoreIndex eventStore;

    CommandSender(CommandGateway commands, EventStoreIndex eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    public Sent send(Object command, String idempotencyKey) {
        Map<String, ?> metaData =
                idempotencyKey == null ? Map.of() : Map.of(IdempotencyInterceptor.KEY, idempotencyKey);
        FigureVersion stored =
                sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return new Sent(stored, eventStore.positionOf(stored.aggregateId(), stored.aggregateSequence()));
    }

    /**
     * Sends a command, or a command message, and waits for its result.
     *
     * @throws Refusal as the command was refused, or {@code CONCURRENT_CHANGE} when another write got there first
     */
    public <R> R sendAndWait(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (ConcurrencyException | AggregateStreamCreationException sameLedger) {
            throw new Refusal(
                    RefusalKind.CONCURRENT_CHANGE,
                    null,
                    "the figure was changed by someone else at the same moment; reload it and try again");
        } catch (DuplicateKeyException sameRequest) {
            throw new Refusal(
                    RefusalKind.CONCURRENT_CHANGE,
                    null,
                    "the same request was being processed at the same moment; retry it to get its answer");
        }
    }
}
