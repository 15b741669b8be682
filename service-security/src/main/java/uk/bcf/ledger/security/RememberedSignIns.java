package uk.bcf.ledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in that remembers a successful check for a short while. HTTP Basic sends the password with every
 * request, and a bcrypt check costs tens of milliseconds of CPU, which would dominate every read; so a verified
 * password is remembered as a keyed SHA-256 digest (the key is random per process, the password itself is never
 * kept) for {@code bcf.security.remember-sign-in}. A changed scope or a disabled user therefore takes effect
 * within that time. A wrong password is never remembered: it is always checked against the stored hash.
 */
public class RememberedSignIns implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(byte[] digest, Authentication authentication, Instant until) {}

    private final AuthenticationProvider verifier;
    private final Duration rememberFor;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public RememberedSignIns(AuthenticationProvider verifier, Duration rememberFor, Clock clock) {
        this.verifier = verifier;
        this.rememberFor = rememberFor;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = String.valueOf(attempt.getCredentials());
        byte[] digest = digest(attempt.getName(), password);
        Remembered earlier = remembered.get(attempt.getName());
        Instant now = clock.instant();
        if (earlier != null && now.isBefore(earlier.until()) && MessageDigest.isEqual(earlier.digest(), digest)) {
            return earlier.authentication();
        }
        Authentication verified = verifier.authenticate(attempt);
        if (verified != null && !rememberFor.isZero()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(attempt.getName(), new Remembered(digest, verified, now.plus(rememberFor)));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
