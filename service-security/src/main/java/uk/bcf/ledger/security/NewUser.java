package uk.bcf.ledger.security;

import java.util.Set;

/**
 * A user to create: a name, a password (hashed with bcrypt before it is stored, never kept), roles and boards.
 *
 * @param username the login name, also what the user's events record as their author
 * @param password the password in clear, as the administrator gave it
 * @param roles    what the user may do
 * @param scope    which boards the user works for
 */
public record NewUser(String username, String password, Set<Role> roles, BoardScope scope) {

    public NewUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", roles=" + roles + ", scope=" + scope + "]";
    }
}
