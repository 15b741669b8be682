package uk.bcf.ledger.command.board;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import uk.bcf.ledger.shared.command.BoardCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Refuses a command about a board that is not registered (404), and a second registration of one that is (409),
 * before any aggregate is loaded or created. It is the innermost command interceptor (see
 * {@code CommandInterceptorChain}): a caller who may not send the command, or a replayed request, never reaches it.
 */
public class KnownBoardInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final BoardDirectory directory;

    public KnownBoardInterceptor(BoardDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object payload = unitOfWork.getMessage().getPayload();
        if (payload instanceof BoardCommand command && !directory.exists(command.boardCode())) {
            throw Refusal.notFound("board", "no board with code '" + command.boardCode() + "' is registered");
        }
        if (payload instanceof RegisterBoardCommand command && directory.exists(command.boardCode())) {
            throw Refusal.conflict("code", "board " + command.boardCode() + " is already registered");
        }
        return chain.proceed();
    }
}
