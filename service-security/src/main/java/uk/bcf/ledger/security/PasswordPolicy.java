package uk.bcf.ledger.security;

import java.util.Locale;
import java.util.Map;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Which passwords are accepted, after NIST SP 800-63B (5.1.1.2): length is what counts, so at least
 * {@value #MIN_LENGTH} characters and long passphrases welcome, up to {@value #MAX_LENGTH}; no composition rules
 * (no demand for digits, capitals or symbols); and a password is refused when it is known or easily guessed: on the
 * bundled list of common and breached passwords ({@link CommonPasswords}), containing the user's name, one character
 * or piece repeated, or mostly a run of sequential characters. Whitespace-only passwords and control characters
 * (NUL, tab, line breaks) are refused too. Characters are counted as Unicode code points; any other character,
 * spaces included, is welcome.
 *
 * <p>A refusal names the field {@code password}, says which rule the password breaks in words, and carries the
 * rule's name as the problem member {@code rule}: {@code length}, {@code control-characters}, {@code whitespace-only},
 * {@code contains-username}, {@code common-password}, {@code repeated-characters} or {@code sequential-characters}.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    /** A user name shorter than this is not looked for inside the password (it would forbid too much). */
    private static final int SHORTEST_NAME_LOOKED_FOR = 3;

    private PasswordPolicy() {}

    /**
     * @param username the user whose password it is (its name must not be part of it); may be null
     * @throws Refusal (invalid, field {@code password}) naming the rule the password breaks
     */
    public static void check(String username, String password) {
        if (password == null) {
            throw refused("length", "is required: at least " + MIN_LENGTH + " characters");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw refused(
                    "length",
                    "must be at least " + MIN_LENGTH + " characters long; a passphrase of several words is best");
        }
        if (length > MAX_LENGTH) {
            throw refused("length", "must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw refused("control-characters", "must not contain control characters such as NUL, tab or line breaks");
        }
        if (password.isBlank()) {
            throw refused("whitespace-only", "must not be whitespace only");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null
                && username.length() >= SHORTEST_NAME_LOOKED_FOR
                && folded.contains(username.toLowerCase(Locale.ROOT))) {
            throw refused("contains-username", "must not contain the user name");
        }
        if (CharacterRuns.isRepetitive(folded)) {
            throw refused("repeated-characters", "must not be one character or piece repeated (such as aaaaaaaaaaaa)");
        }
        if (CharacterRuns.isSequential(folded)) {
            throw refused(
                    "sequential-characters",
                    "must not be mostly a run of sequential characters (such as abcdefghijkl or 123456789012)");
        }
        if (CommonPasswords.contains(folded.strip())) {
            throw refused("common-password", "is on the list of common or breached passwords; choose another");
        }
    }

    private static Refusal refused(String rule, String reason) {
        return new Refusal(RefusalKind.INVALID, "password", reason, Map.of("rule", rule));
    }
}
