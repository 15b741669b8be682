package uk.bcf.ledger.security;

import java.util.Set;
import java.util.regex.Pattern;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What makes an acceptable user: a plain login name (it appears as the author of every event the user writes; unique
 * whatever its case, which the database enforces), a password the {@link PasswordPolicy} accepts, and at least one
 * role.
 */
public final class UserPolicy {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private UserPolicy() {}

    /** @throws Refusal (invalid) naming the field and the reason when the user is not acceptable */
    public static void check(NewUser user) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw Refusal.invalid(
                    "username",
                    "must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        PasswordPolicy.check(user.username(), user.password());
        checkRoles(user.roles());
    }

    /** @throws Refusal (invalid, field {@code roles}) when there is no role */
    public static void checkRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw Refusal.invalid("roles", "must name at least one of ADMIN, ANALYST, VIEWER, AUDITOR, MONITOR");
        }
    }
}
