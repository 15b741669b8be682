package uk.bcf.ledger.command.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Refuses (403) a command its caller may not send, before idempotency, the board directory or any aggregate is
 * consulted, so a refused caller learns nothing about the board: registrations need an administrator, populations
 * an administrator or the board's analyst, every other board command the board's analyst. A command must also be
 * recorded in its caller's name. Every command path (single writes, imports, in-process senders) passes here.
 * Its place among the command interceptors is stated in {@code CommandInterceptorChain}.
 */
public class BoardAccessInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Caller caller = CallerMetaData.callerOf(command.getMetaData())
                .orElseThrow(() -> Refusal.forbidden(null, "the command was sent without a signed-in caller"));
        CommandAccess.check(caller, command.getPayload());
        return chain.proceed();
    }
}
