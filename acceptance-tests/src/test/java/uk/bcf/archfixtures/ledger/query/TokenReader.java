package uk.bcf.archfixtures.ledger.query;

/** Builds a query of Axon's token table at run time: breaks AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES. */
public final class TokenReader {

    public String positions(String schema) {
        return "select segment, token from " + schema + ".token_entry";
    }
}
