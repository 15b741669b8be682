package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed sign-ins counted per name and per address, with a lock-out, on a clock the test moves. */
class SignInThrottleTest {

    private static final LedgerSecurityProperties.SignIn LIMITS = new LedgerSecurityProperties.SignIn(
            3, Duration.ofMinutes(1), 6, Duration.ofMinutes(15), 10, Duration.ofMinutes(5));

    private final Clock time = new Clock();
    private final SignInThrottle throttle = new SignInThrottle(LIMITS, time);

    @Test
    void aNameIsRefusedAfterItsFailuresAndTriesAgainOnceOneCameBack() {
        for (int failure = 0; failure < 3; failure++) {
            assertThat(throttle.refusal("ann", "192.0.2.1")).isEmpty();
            throttle.failed("ann", "192.0.2.1");
        }

        assertThat(throttle.refusal("ann", "192.0.2.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20)));
        assertThat(throttle.refusal("ANN", "198.51.100.7")).isPresent();
        assertThat(throttle.refusal("bob", "192.0.2.1")).isEmpty();

        time.advance(Duration.ofSeconds(20));
        assertThat(throttle.refusal("ann", "192.0.2.1")).isEmpty();
    }

    @Test
    void theNameIsLockedOutForTheRestOfThePeriodAfterTooManyFailures() {
        SignInThrottle.Failure last = null;
        for (int failure = 0; failure < 6; failure++) {
            time.advance(Duration.ofSeconds(20));
            last = throttle.failed("ann", "192.0.2." + failure);
        }

        assertThat(last).isEqualTo(SignInThrottle.Failure.LOCKED_OUT);
        time.advance(Duration.ofMinutes(5));
        assertThat(throttle.refusal("ann", "203.0.113.9"))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(7)));
        time.advance(Duration.ofMinutes(9));
        assertThat(throttle.refusal("ann", "203.0.113.9")).isEmpty();
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresWhateverTheNames() {
        for (int failure = 0; failure < 10; failure++) {
            throttle.failed("user-" + failure, "192.0.2.1");
        }

        assertThat(throttle.refusal("somebody-else", "192.0.2.1")).isPresent();
        assertThat(throttle.refusal("somebody-else", "192.0.2.2")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheNamesFailures() {
        throttle.failed("ann", "192.0.2.1");
        throttle.failed("ann", "192.0.2.1");
        throttle.succeeded("ann");
        throttle.failed("ann", "192.0.2.1");
        throttle.failed("ann", "192.0.2.1");

        assertThat(throttle.refusal("ann", "192.0.2.1")).isEmpty();
    }

    @Test
    void anUnknownNameIsCountedLikeAKnownOne() {
        for (int failure = 0; failure < 3; failure++) {
            throttle.failed("no-such-user", "192.0.2.1");
        }

        assertThat(throttle.refusal("no-such-user", "192.0.2.1")).isPresent();
    }

    /** Time as Bucket4j reads it, moved by the test. */
    private static final class Clock implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
