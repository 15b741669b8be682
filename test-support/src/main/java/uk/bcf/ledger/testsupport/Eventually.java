package uk.bcf.ledger.testsupport;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds or a deadline passes: how tests wait for an asynchronous projection without
 * sleeping for a guessed time. On timeout it fails with the last value seen.
 */
public final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private Eventually() {
    }

    public static <T> T await(Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + "; last value: " + last);
            }
            pause();
            last = probe.get();
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
