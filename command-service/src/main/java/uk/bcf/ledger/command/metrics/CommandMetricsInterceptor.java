package uk.bcf.ledger.command.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import uk.bcf.ledger.shared.command.BoardCommand;
import uk.bcf.ledger.shared.command.FigureCommand;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Counts commands by what they did ({@code bcf.commands}: {@code command}, {@code outcome}, and for refusals the
 * {@code reason}: invalid, conflict, not_found, forbidden, unprocessable) — accepted ones only once their transaction has
 * committed — and puts the command's board, metric and period into the logging context while it is handled. It
 * is the outermost of the command interceptors (see {@code CommandInterceptorChain}), so it counts the refusals of
 * all the others too.
 */
public class CommandMetricsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry meters;

    public CommandMetricsInterceptor(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        String name = command.getClass().getSimpleName();
        try (var context = LoggingContext.of(command)) {
            Object result = chain.proceed();
            unitOfWork.afterCommit(committed -> counter(name, "accepted", null).increment());
            return result;
        } catch (Refusal refusal) {
            counter(name, "rejected", refusal.kind().name().toLowerCase(Locale.ROOT))
                    .increment();
            throw refusal;
        }
    }

    private Counter counter(String command, String outcome, String reason) {
        Counter.Builder counter = Counter.builder("bcf.commands")
                .description("commands handled, by command, outcome and (for refusals) reason")
                .tag("command", command)
                .tag("outcome", outcome);
        return (reason == null ? counter : counter.tag("reason", reason)).register(meters);
    }

    /** The board, metric and period of a command in the logging context, removed when handling ends. */
    private record LoggingContext(boolean set) implements AutoCloseable {

        static LoggingContext of(Object command) {
            if (command instanceof FigureCommand figure) {
                MDC.put("board", figure.boardCode());
                MDC.put("metric", figure.metric());
                MDC.put(
                        "period",
                        figure.period() == null ? null : figure.period().code());
                return new LoggingContext(true);
            }
            if (command instanceof BoardCommand board) {
                MDC.put("board", board.boardCode());
                return new LoggingContext(true);
            }
            return new LoggingContext(false);
        }

        @Override
        public void close() {
            if (set) {
                MDC.remove("board");
                MDC.remove("metric");
                MDC.remove("period");
            }
        }
    }
}
