package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class RememberedSignInsTest {

    private static final Duration ONE_MINUTE = Duration.ofSeconds(60);

    private final CountingVerifier verifier = new CountingVerifier("ann", "ann-password-1");
    private final SettableClock clock = new SettableClock(Instant.parse("2019-11-21T10:00:00Z"));
    private final Stamps stamps = new Stamps();

    @Test
    void checksAgainAtTheNextSignInOnceTheUserHasChanged() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);
        signIns.authenticate(attempt("ann", "ann-password-1"));

        stamps.current = OptionalLong.of(2);
        signIns.authenticate(attempt("ann", "ann-password-1"));
        assertThat(verifier.checks).isEqualTo(2);
        signIns.authenticate(attempt("ann", "ann-password-1"));
        assertThat(verifier.checks).isEqualTo(2);
    }

    @Test
    void checksAgainAtTheNextSignInOnceTheUserIsDisabled() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);
        signIns.authenticate(attempt("ann", "ann-password-1"));

        stamps.current = OptionalLong.empty();
        verifier.refuseEveryone = true;

        assertThatThrownBy(() -> signIns.authenticate(attempt("ann", "ann-password-1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(verifier.checks).isEqualTo(2);
    }

    @Test
    void checksAVerifiedPasswordOnceForTwoSignIns() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);

        Authentication first = signIns.authenticate(attempt("ann", "ann-password-1"));
        Authentication second = signIns.authenticate(attempt("ann", "ann-password-1"));

        assertThat(verifier.checks).isEqualTo(1);
        assertThat(second.getName()).isEqualTo("ann");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
    }

    @Test
    void neverRemembersAWrongPassword() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);

        assertThatThrownBy(() -> signIns.authenticate(attempt("ann", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIns.authenticate(attempt("ann", "guess")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(verifier.checks).isEqualTo(2);
    }

    @Test
    void checksAWrongPasswordEvenWhileTheRightOneIsRemembered() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);
        signIns.authenticate(attempt("ann", "ann-password-1"));

        assertThatThrownBy(() -> signIns.authenticate(attempt("ann", "ann-password-2")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(verifier.checks).isEqualTo(2);
        signIns.authenticate(attempt("ann", "ann-password-1"));
        assertThat(verifier.checks).isEqualTo(2);
    }

    @Test
    void checksAgainOnceTheConfiguredTimeHasPassed() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);
        signIns.authenticate(attempt("ann", "ann-password-1"));

        clock.advance(ONE_MINUTE.minusMillis(1));
        signIns.authenticate(attempt("ann", "ann-password-1"));
        assertThat(verifier.checks).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        signIns.authenticate(attempt("ann", "ann-password-1"));
        assertThat(verifier.checks).isEqualTo(2);
    }

    @Test
    void rememberedForNoTimeChecksEverySignIn() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, Duration.ZERO, clock);

        signIns.authenticate(attempt("ann", "ann-password-1"));
        signIns.authenticate(attempt("ann", "ann-password-1"));
        signIns.authenticate(attempt("ann", "ann-password-1"));

        assertThat(verifier.checks).isEqualTo(3);
    }

    @Test
    void supportsOnlyPasswordSignIn() {
        RememberedSignIns signIns = new RememberedSignIns(verifier, stamps::get, ONE_MINUTE, clock);

        assertThat(signIns.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
        assertThat(signIns.supports(Authentication.class)).isFalse();
    }

    private static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    /** The user's current security stamp, as the database would answer it. */
    private static final class Stamps {

        OptionalLong current = OptionalLong.of(1);

        OptionalLong get(String username) {
            return current;
        }
    }

    /** Accepts one user's password, counting every check it makes. */
    private static final class CountingVerifier implements AuthenticationProvider {

        private final String username;
        private final String password;
        private int checks;
        private boolean refuseEveryone;

        CountingVerifier(String username, String password) {
            this.username = username;
            this.password = password;
        }

        @Override
        public Authentication authenticate(Authentication attempt) {
            checks++;
            if (refuseEveryone || !username.equals(attempt.getName()) || !password.equals(attempt.getCredentials())) {
                throw new BadCredentialsException("bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    username, null, AuthorityUtils.createAuthorityList(List.of("ROLE_ANALYST", "BOARD:E09000006")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    /** A clock the test moves forward. */
    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
