package uk.bcf.ledger.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do, independent of which boards. Board data is reached through a role and the user's board
 * scope together; see {@link AccessPolicy} for the rules.
 */
public enum Role {
    /** Registers boards and population denominators, manages users and their board scopes, rebuilds read models. */
    ADMIN,
    /** Posts plans, actuals, corrections, withdrawals, commentary, imports and sign-offs for the boards in scope. */
    ANALYST,
    /** Reads performance views and reports of the boards in scope. */
    VIEWER,
    /** Reads everything of every board, history and restatements included; writes nothing. */
    AUDITOR,
    /** Scrapes operational metrics ({@code /actuator/prometheus}); reads no board data. */
    MONITOR;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** The Spring Security authority that stands for this role. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role an authority stands for, if it stands for one. */
    public static Optional<Role> ofAuthority(String authority) {
        String name =
                authority.startsWith(AUTHORITY_PREFIX) ? authority.substring(AUTHORITY_PREFIX.length()) : authority;
        for (Role role : values()) {
            if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
