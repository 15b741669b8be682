package uk.bcf.ledger.security;

import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides a request about the board its path names ({@code {code}} in the matched pattern, e.g.
 * {@code /api/boards/{code}/**}) by one {@link AccessPolicy} rule, whatever else the request asks (format, moment):
 * reads on the query side, writes on the command side before their body is read. Anonymous callers are refused.
 */
public final class BoardPathAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final BiPredicate<Caller, String> rule;

    private BoardPathAuthorization(BiPredicate<Caller, String> rule) {
        this.rule = rule;
    }

    /** @param rule the policy rule, given the caller and the board code from the path */
    public static BoardPathAuthorization by(BiPredicate<Caller, String> rule) {
        return new BoardPathAuthorization(rule);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        String board = request.getVariables().get("code");
        boolean signedIn =
                caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
        return new AuthorizationDecision(signedIn && board != null && rule.test(Caller.of(caller), board));
    }
}
