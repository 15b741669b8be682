package uk.bcf.archfixtures.ledger.command.cycle.two;

import uk.bcf.archfixtures.ledger.command.cycle.one.First;

/** Depends back on {@link First}. */
public final class Second {

    public First previous() {
        return new First();
    }
}
