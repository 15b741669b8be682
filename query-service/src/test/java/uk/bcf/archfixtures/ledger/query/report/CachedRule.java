package uk.bcf.archfixtures.ledger.query.report;

import org.springframework.stereotype.Component;

/** A rule made a Spring bean: breaks RULES_AND_CALCULATORS_ARE_PLAIN_JAVA, which no edge escapes. */
@Component
public class CachedRule {

    public boolean holds(int value) {
        return value > 0;
    }
}
