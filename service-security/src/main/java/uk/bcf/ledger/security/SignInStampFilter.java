package uk.bcf.ledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session that a change to its user has outdated. A session keeps the user, roles and boards of its
 * sign-in; on every request this filter, placed right after the session's security context is loaded, compares the
 * security stamp of that sign-in ({@link LedgerUserDetails#stamp()}) with the user's current one: when the user has
 * since been disabled, or given a new password, roles or boards, the session is invalidated and the request goes on
 * as an anonymous one (sent to sign in again). Requests that authenticate themselves (HTTP Basic, bearer tokens)
 * bring no session and are checked where they sign in ({@link RememberedSignIns}).
 */
public class SignInStampFilter extends OncePerRequestFilter {

    private final Function<String, OptionalLong> stamps;

    public SignInStampFilter(Function<String, OptionalLong> stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof LedgerUserDetails user && outdated(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean outdated(LedgerUserDetails user) {
        OptionalLong current = stamps.apply(user.getUsername());
        return current.isEmpty() || current.getAsLong() != user.stamp();
    }
}
