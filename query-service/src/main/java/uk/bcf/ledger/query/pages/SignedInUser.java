package uk.bcf.ledger.query.pages;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.security.Role;

/**
 * Who the page's header says is signed in, and which parts of the navigation they get; read by the layout on every
 * page ({@code ${@signedInUser.current()}}), error pages included.
 */
@Component("signedInUser")
public class SignedInUser {

    /**
     * @param name     the user's name, or null when nobody is signed in
     * @param signOut  whether the page offers sign-out (password sign-in; an OIDC proxy signs out itself)
     * @param analyst  whether the user records figures
     * @param admin    whether the user administers users and boards
     * @param auditor  whether the user reads the access audit trail
     */
    public record SignedIn(String name, boolean signOut, boolean analyst, boolean admin, boolean auditor) {}

    public SignedIn current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new SignedIn(null, false, false, false, false);
        }
        Caller caller = Caller.of(authentication);
        return new SignedIn(
                caller.name(),
                authentication instanceof UsernamePasswordAuthenticationToken,
                caller.has(Role.ANALYST),
                caller.has(Role.ADMIN),
                caller.has(Role.ADMIN) || caller.has(Role.AUDITOR));
    }
}
