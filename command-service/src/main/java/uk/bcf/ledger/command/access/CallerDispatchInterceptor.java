package uk.bcf.ledger.command.access;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.bcf.ledger.security.Caller;

/**
 * Attaches the signed-in caller of the current request to every command it dispatches, single writes and the
 * commands of an import alike. A command dispatched outside a request keeps whatever caller its sender attached.
 * It runs in the sender's thread, where the request's security context is, before the command reaches the bus;
 * {@link BoardAccessInterceptor} checks the caller when the command is handled.
 */
public class CallerDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return (index, message) -> message;
        }
        Caller caller = Caller.of(authentication);
        return (index, message) -> message.andMetaData(CallerMetaData.of(caller));
    }
}
