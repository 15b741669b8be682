package uk.bcf.archfixtures.ledger.command.figures;

import org.axonframework.messaging.MetaData;

/** A ledger that reads Axon's metadata: breaks POLICIES_AND_LEDGERS_ARE_PLAIN_JAVA. */
public final class MetaDataLedger {

    public boolean signed(MetaData metaData) {
        return metaData.containsKey("author");
    }
}
