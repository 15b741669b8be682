package uk.bcf.ledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.access.BoardAccessInterceptor;
import uk.bcf.ledger.command.access.CallerDispatchInterceptor;
import uk.bcf.ledger.command.board.BoardDirectory;
import uk.bcf.ledger.command.board.KnownBoardInterceptor;
import uk.bcf.ledger.command.idempotency.IdempotencyInterceptor;
import uk.bcf.ledger.command.idempotency.IdempotentRequestRepository;
import uk.bcf.ledger.command.metrics.CommandMetricsInterceptor;

/** The command interceptors reach the bus in the order {@link CommandInterceptorChain} states, each once. */
class CommandInterceptorChainTest {

    private final List<Object> dispatchInterceptors = new ArrayList<>();
    private final List<Object> handlerInterceptors = new ArrayList<>();

    private final SimpleCommandBus bus = new SimpleCommandBus(SimpleCommandBus.builder()) {
        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
            dispatchInterceptors.add(interceptor);
            return super.registerDispatchInterceptor(interceptor);
        }

        @Override
        public Registration registerHandlerInterceptor(
                MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
            handlerInterceptors.add(interceptor);
            return super.registerHandlerInterceptor(interceptor);
        }
    };

    @Test
    void metricsOutermostThenAccessThenIdempotencyThenTheBoardCheck() {
        CommandInterceptorChain.registerOn(
                bus, new SimpleMeterRegistry(), new IdempotentRequestRepository(null), new BoardDirectory(null));

        assertThat(dispatchInterceptors).extracting(Object::getClass).containsExactly(CallerDispatchInterceptor.class);
        assertThat(handlerInterceptors)
                .extracting(Object::getClass)
                .containsExactly(
                        CommandMetricsInterceptor.class,
                        BoardAccessInterceptor.class,
                        IdempotencyInterceptor.class,
                        KnownBoardInterceptor.class);
    }
}
