package uk.bcf.ledger.security;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * What makes an acceptable user: a plain login name (it appears as the author of every event the user writes) and
 * a password long enough to resist guessing and short enough for bcrypt, which reads at most 72 bytes.
 */
public final class UserPolicy {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private UserPolicy() {}

    /** @throws Refusal (invalid) naming the field and the reason when the user is not acceptable */
    public static void check(NewUser user) {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw Refusal.invalid(
                    "username",
                    "must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        checkPassword(user.password());
        if (user.roles().isEmpty()) {
            throw Refusal.invalid("roles", "must name at least one of ADMIN, ANALYST, VIEWER, AUDITOR, MONITOR");
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Refusal.invalid("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw Refusal.invalid(
                    "password", "must be at most " + MAX_PASSWORD_BYTES + " bytes long (bcrypt reads no more)");
        }
    }
}
