package uk.bcf.archfixtures.ledger.command.figures;

/** A policy as it should be. */
public final class PlainPolicy {

    public boolean allows(String code) {
        return !code.isBlank();
    }
}
