package uk.bcf.ledger.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt for passwords of any accepted length. bcrypt reads at most 72 bytes, fewer than a 256-character passphrase
 * takes, so the password is first condensed to the Base64 of its HMAC-SHA256 (44 characters) under a key of this
 * application's own (a fixed domain separator, not a secret: it keeps a hash of this service from being matched
 * against unsalted SHA-256 hashes leaked elsewhere), then hashed with bcrypt. Such hashes are stored with the prefix
 * {@value #PREFIX}; hashes stored before (plain bcrypt of the password) are still checked as they were, and upgraded
 * the next time the password is set.
 */
public final class LedgerPasswordEncoder implements PasswordEncoder {

    static final String PREFIX = "{bcrypt-hmac-sha256}";

    private static final byte[] KEY = "uk.bcf.ledger password pre-hash, version 1".getBytes(StandardCharsets.UTF_8);
    private static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt;

    public LedgerPasswordEncoder(int bcryptStrength) {
        this.bcrypt = new BCryptPasswordEncoder(bcryptStrength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return PREFIX + bcrypt.encode(condensed(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        if (encodedPassword.startsWith(PREFIX)) {
            return bcrypt.matches(condensed(rawPassword), encodedPassword.substring(PREFIX.length()));
        }
        byte[] raw = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        return raw.length <= BCRYPT_MAX_BYTES && bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encodedPassword != null && !encodedPassword.startsWith(PREFIX);
    }

    private static String condensed(CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
