package uk.bcf.ledger.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies what a command asks for: SHA-256 of its type and its record components (which include the author).
 * Reusing an idempotency key for a command with another fingerprint is an error, not a replay.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(Object command) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest =
                    sha256.digest((command.getClass().getName() + ":" + command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
