package uk.bcf.archfixtures.ledger.command.board;

import org.springframework.stereotype.Component;

/** A policy made a Spring bean: breaks POLICIES_AND_LEDGERS_ARE_PLAIN_JAVA, which no edge escapes. */
@Component
public class TransactionalPolicy {

    public boolean allows(String code) {
        return !code.isBlank();
    }
}
