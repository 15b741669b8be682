package uk.bcf.ledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in that remembers a successful check for a short while. HTTP Basic sends the password with every
 * request, and a bcrypt check costs tens of milliseconds of CPU, which would dominate every read; so a verified
 * password is remembered as a keyed SHA-256 digest (the key is random per process, the password itself is never
 * kept) for {@code bcf.security.remember-sign-in}, together with the user's security stamp. Every request compares
 * that stamp with the user's current one in the database (one indexed read): a user disabled, given a new password,
 * new roles or new boards since is checked afresh, so the change takes effect at the user's next request, on every
 * instance. A wrong password is never remembered: it is always checked against the stored hash.
 */
public class RememberedSignIns implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(byte[] digest, Authentication authentication, long stamp, Instant until) {}

    private final AuthenticationProvider verifier;
    private final Function<String, OptionalLong> stamps;
    private final Duration rememberFor;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    /**
     * @param verifier    the actual password check
     * @param stamps      a user's current security stamp, empty when the user is unknown or disabled
     * @param rememberFor how long a verified password is remembered at most
     */
    public RememberedSignIns(
            AuthenticationProvider verifier, Function<String, OptionalLong> stamps, Duration rememberFor, Clock clock) {
        this.verifier = verifier;
        this.stamps = stamps;
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
            OptionalLong current = stamps.apply(attempt.getName());
            if (current.isPresent() && current.getAsLong() == earlier.stamp()) {
                return earlier.authentication();
            }
            remembered.remove(attempt.getName(), earlier);
        }
        OptionalLong stampBefore = rememberFor.isZero() ? OptionalLong.empty() : stamps.apply(attempt.getName());
        Authentication verified = verifier.authenticate(attempt);
        if (verified != null && !rememberFor.isZero()) {
            long stamp = verified.getPrincipal() instanceof LedgerUserDetails details
                    ? details.stamp()
                    : stampBefore.orElse(Long.MIN_VALUE);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(attempt.getName(), new Remembered(digest, verified, stamp, now.plus(rememberFor)));
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
