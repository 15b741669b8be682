package uk.bcf.archfixtures.testsupport;

import java.time.Instant;

/** Keeps NO_LEGACY_DATES. */
public final class UsesInstant {

    public Instant epoch() {
        return Instant.EPOCH;
    }
}
