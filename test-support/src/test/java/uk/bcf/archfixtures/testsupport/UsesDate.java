package uk.bcf.archfixtures.testsupport;

import java.util.Date;

/** Breaks NO_LEGACY_DATES. */
public final class UsesDate {

    public Date epoch() {
        return new Date(0);
    }
}
