package uk.bcf.archfixtures.ledger.query.cycle.one;

import uk.bcf.archfixtures.ledger.query.cycle.two.Second;

/** Depends on {@link Second}, which depends back on it: breaks FEATURES_ARE_FREE_OF_CYCLES. */
public final class First {

    public Second next() {
        return new Second();
    }
}
