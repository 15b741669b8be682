package uk.bcf.ledger.security;

import java.util.Set;

/**
 * A user as stored: never shown with its hash outside this module.
 *
 * @param username     the login name
 * @param passwordHash the bcrypt hash of the password
 * @param enabled      whether the user may sign in
 * @param roles        what the user may do
 * @param scope        which boards the user works for
 * @param stamp        the user's security version, changed by every change to the user (see
 *                     {@link LedgerUsers#stamp})
 */
public record StoredUser(
        String username, String passwordHash, boolean enabled, Set<Role> roles, BoardScope scope, long stamp) {

    @Override
    public String toString() {
        return "StoredUser[username=" + username + ", enabled=" + enabled + ", roles=" + roles + ", scope=" + scope
                + "]";
    }
}
