package uk.bcf.archfixtures.ledger.command;

import uk.bcf.archfixtures.ledger.shared.metric.OneSidedValue;

/** The only user of {@link OneSidedValue}. */
public final class OneSidedUser {

    public int doubled(int value) {
        return OneSidedValue.twice(value);
    }
}
