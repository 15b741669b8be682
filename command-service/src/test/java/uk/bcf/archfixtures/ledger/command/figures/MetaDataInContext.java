package uk.bcf.archfixtures.ledger.command.figures;

import org.axonframework.messaging.MetaData;

/** A plain class of the domain rules that reads Axon's metadata: breaks DOMAIN_RULES_ARE_PLAIN_JAVA. */
public final class MetaDataInContext {

    public String author(MetaData metaData) {
        return String.valueOf(metaData.get("author"));
    }
}
