package uk.bcf.ledger.command.access;

import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.Caller;

/**
 * Refuses a write to a board's path ({@code /api/boards/{code}/...}) that the caller may not make, before its body
 * is read: an analyst of another board is told 403, not how its request would have been validated. The same rules
 * are enforced again per command by {@link BoardAccessInterceptor}, which also covers imports naming many boards.
 */
final class BoardWriteAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final BiPredicate<Caller, String> rule;

    private BoardWriteAuthorization(BiPredicate<Caller, String> rule) {
        this.rule = rule;
    }

    static BoardWriteAuthorization figures() {
        return new BoardWriteAuthorization(AccessPolicy::mayRecordFigures);
    }

    static BoardWriteAuthorization populations() {
        return new BoardWriteAuthorization(AccessPolicy::mayRecordPopulations);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        String board = request.getVariables().get("code");
        return new AuthorizationDecision(caller != null && caller.isAuthenticated() && board != null
                && rule.test(Caller.of(caller), board));
    }
}
