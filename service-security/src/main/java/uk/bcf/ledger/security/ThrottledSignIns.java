package uk.bcf.ledger.security;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.security.audit.AuditAction;

/**
 * Password sign-in with guessing resistance, around the actual check: a name or address with too many recent
 * failures is refused before anything is checked ({@link SignInThrottledException}, 429), a failure is counted by the
 * {@link SignInThrottle} and recorded in the audit trail (with the lock-out it causes), and a success forgets the
 * name's failures. Refusals of a throttled name are logged (not stored), so a flood of them cannot fill the trail.
 */
public class ThrottledSignIns implements AuthenticationProvider {

    private static final String UNKNOWN_ADDRESS = "unknown";
    private static final Logger LOG = LoggerFactory.getLogger("uk.bcf.ledger.security.audit");

    private final AuthenticationProvider check;
    private final SignInThrottle throttle;
    private final AccessAudit audit;

    public ThrottledSignIns(AuthenticationProvider check, SignInThrottle throttle, AccessAudit audit) {
        this.check = check;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        Actor actor = Actor.named(name);
        String address = actor.clientAddress() == null ? UNKNOWN_ADDRESS : actor.clientAddress();
        Optional<Duration> wait = throttle.refusal(name, address);
        if (wait.isPresent()) {
            LOG.atWarn()
                    .addKeyValue("event.category", "authentication")
                    .addKeyValue("event.action", AuditAction.SIGN_IN_THROTTLED.code())
                    .addKeyValue("event.outcome", "failure")
                    .addKeyValue("user.name", name)
                    .addKeyValue("source.address", address)
                    .log("sign-in refused: too many failures for {} or from {}", name, address);
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication signedIn = check.authenticate(attempt);
            throttle.succeeded(name);
            return signedIn;
        } catch (AuthenticationException failed) {
            audit.record(actor, AuditAction.SIGN_IN_FAILED, name, "wrong user name or password, or user disabled");
            if (throttle.failed(name, address) == SignInThrottle.Failure.LOCKED_OUT) {
                audit.record(actor, AuditAction.USER_LOCKED_OUT, name, "too many failed sign-ins");
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return check.supports(authentication);
    }
}
