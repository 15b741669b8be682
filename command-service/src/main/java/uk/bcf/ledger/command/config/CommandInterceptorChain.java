package uk.bcf.ledger.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.command.access.BoardAccessInterceptor;
import uk.bcf.ledger.command.access.CallerDispatchInterceptor;
import uk.bcf.ledger.command.board.BoardDirectory;
import uk.bcf.ledger.command.board.KnownBoardInterceptor;
import uk.bcf.ledger.command.idempotency.IdempotencyInterceptor;
import uk.bcf.ledger.command.idempotency.IdempotentRequestRepository;
import uk.bcf.ledger.command.metrics.CommandMetricsInterceptor;

/**
 * Every command's way through the command bus, in order; the only place the order of the command interceptors is
 * stated. They are not Spring beans: Axon's auto-configuration registers every interceptor bean on the bus by
 * itself, sorted by {@code @Order}, so beans would both scatter the order and run twice. Interceptor beans a test
 * declares are added by Axon after these, next to the handler.
 *
 * <p>When a command is sent, in the sender's thread:
 * <ol>
 *   <li>{@link CallerDispatchInterceptor} attaches the signed-in caller of the HTTP request as metadata. It must
 *       run at dispatch: the request's security context is only at hand in the sender's thread.</li>
 * </ol>
 *
 * <p>When it is handled, each step inside the one before:
 * <ol>
 *   <li>Axon's command bus starts the unit of work and attaches the Spring transaction before any interceptor,
 *       so everything below commits or rolls back together (an import's ledgers join one longer transaction).</li>
 *   <li>Axon's {@code CorrelationDataInterceptor}, registered when Axon creates the bus, carries correlation
 *       metadata onto the events.</li>
 *   <li>{@link CommandMetricsInterceptor}, outermost of ours, so it counts every outcome, including the refusals
 *       of the three below, and their log lines carry the command's board, metric and period.</li>
 *   <li>{@link BoardAccessInterceptor} before idempotency and the board directory, so a caller who may not send
 *       the command learns nothing: not whether an idempotency key was used, nor whether the board exists.</li>
 *   <li>{@link IdempotencyInterceptor} before the board check and the aggregate, so a retried request is answered
 *       from its stored answer without being checked or handled again (a retried registration gets its first
 *       answer, not "already registered"); inside the transaction, so a new answer is stored with the events.</li>
 *   <li>{@link KnownBoardInterceptor} last, right before the aggregate is loaded or created: a command for an
 *       unregistered board is refused (404), and so is a second registration (409).</li>
 *   <li>The aggregate's command handler ({@code MetricYear} or {@code Board}).</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class CommandInterceptorChain {

    @Autowired
    void register(
            CommandBus commandBus,
            MeterRegistry meters,
            IdempotentRequestRepository idempotentRequests,
            BoardDirectory boards) {
        registerOn(commandBus, meters, idempotentRequests, boards);
    }

    /** Registers the interceptors on the bus in the order above. */
    static void registerOn(
            CommandBus commandBus,
            MeterRegistry meters,
            IdempotentRequestRepository idempotentRequests,
            BoardDirectory boards) {
        commandBus.registerDispatchInterceptor(new CallerDispatchInterceptor());
        commandBus.registerHandlerInterceptor(new CommandMetricsInterceptor(meters));
        commandBus.registerHandlerInterceptor(new BoardAccessInterceptor());
        commandBus.registerHandlerInterceptor(new IdempotencyInterceptor(idempotentRequests));
        commandBus.registerHandlerInterceptor(new KnownBoardInterceptor(boards));
    }
}
