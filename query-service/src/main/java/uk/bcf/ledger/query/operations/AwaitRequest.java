package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * A read's request to see a write first: {@code awaitPosition}, the global index the command side answered the
 * write with, and {@code awaitTimeout}, an ISO-8601 duration of at most {@value #MAX_TIMEOUT_TEXT}
 * ({@value #DEFAULT_TIMEOUT_TEXT} when absent).
 *
 * @param position the global index of the event to wait for
 * @param timeout  how long to wait at most
 */
record AwaitRequest(long position, Duration timeout) {

    static final String POSITION = "awaitPosition";
    static final String TIMEOUT = "awaitTimeout";
    static final String DEFAULT_TIMEOUT_TEXT = "PT5S";
    static final String MAX_TIMEOUT_TEXT = "PT30S";

    private static final Duration DEFAULT_TIMEOUT = Duration.parse(DEFAULT_TIMEOUT_TEXT);
    private static final Duration MAX_TIMEOUT = Duration.parse(MAX_TIMEOUT_TEXT);

    /**
     * The request named by the two parameters; empty when no position is given.
     *
     * @throws Refusal 400 when either parameter is malformed or out of range
     */
    static Optional<AwaitRequest> of(String position, String timeout) {
        if (position == null || position.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AwaitRequest(position(position), timeout(timeout)));
    }

    private static long position(String text) {
        try {
            long position = Long.parseLong(text.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            throw Refusal.invalid(POSITION, "'" + text + "' is not a global index such as 42");
        }
        throw Refusal.invalid(POSITION, "a global index is not negative");
    }

    private static Duration timeout(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            Duration timeout = Duration.parse(text.trim());
            if (!timeout.isNegative() && timeout.compareTo(MAX_TIMEOUT) <= 0) {
                return timeout;
            }
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(TIMEOUT, "'" + text + "' is not an ISO-8601 duration such as PT2S");
        }
        throw Refusal.invalid(TIMEOUT, "must be between PT0S and " + MAX_TIMEOUT_TEXT);
    }
}
