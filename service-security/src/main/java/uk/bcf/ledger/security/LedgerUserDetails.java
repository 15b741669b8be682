package uk.bcf.ledger.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A user loaded for password sign-in, with the security stamp read in the same statement as its password hash: what
 * a remembered sign-in or a browser session compares with the user's current stamp on every request.
 */
public final class LedgerUserDetails extends User {

    private final long stamp;

    LedgerUserDetails(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            long stamp) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.stamp = stamp;
    }

    /** The user's security stamp when it signed in. */
    public long stamp() {
        return stamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerUserDetails details && super.equals(other) && stamp == details.stamp;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
