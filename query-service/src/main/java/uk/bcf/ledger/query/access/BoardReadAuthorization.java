package uk.bcf.ledger.query.access;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.Caller;

/**
 * Whether the caller may read the board named by the path's {@code {code}}: its analysts and viewers, and auditors
 * (see {@link AccessPolicy#mayRead}). Applies to every read of a board's data, as of any moment and in any format.
 */
class BoardReadAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        String board = request.getVariables().get("code");
        boolean signedIn = caller != null && caller.isAuthenticated() && !"anonymousUser".equals(caller.getName());
        return new AuthorizationDecision(signedIn && board != null && AccessPolicy.mayRead(Caller.of(caller), board));
    }
}
