package uk.bcf.ledger.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused before its password was checked: too many failures for the name or from the address
 * ({@link SignInThrottle}). Answered 429 with {@code Retry-After}, the same whether or not the user exists.
 */
public class SignInThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** How long to wait, in whole seconds rounded up (at least one). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
