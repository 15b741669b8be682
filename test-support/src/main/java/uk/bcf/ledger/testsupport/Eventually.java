package uk.bcf.ledger.testsupport;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Polls until a condition holds or a deadline passes: how tests wait for an asynchronous projection without
 * sleeping for a guessed time. On timeout it fails with the last value seen. Awaitility does the polling; the probe
 * runs on the caller's thread (so thread-bound state such as a security context holds), first at once and then
 * every 25 ms.
 */
public final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private Eventually() {
    }

    public static <T> T await(Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        try {
            return Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .pollInSameThread()
                    .until(probe::get, done);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
