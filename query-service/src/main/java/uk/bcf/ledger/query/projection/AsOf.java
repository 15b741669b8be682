package uk.bcf.ledger.query.projection;

import java.time.Instant;

/**
 * A moment on the system-time axis: what was known then. {@link #now()} reads the latest state.
 *
 * @param instant the moment, or {@code null} for now
 */
public record AsOf(Instant instant) {

    private static final AsOf NOW = new AsOf(null);

    public static AsOf now() {
        return NOW;
    }

    public static AsOf at(Instant instant) {
        return new AsOf(instant);
    }

    public boolean isNow() {
        return instant == null;
    }
}
