package uk.bcf.archfixtures.ledger.query.performance;

import org.springframework.util.Assert;

/** A plain calculation that calls Spring: breaks CALCULATIONS_ARE_PLAIN_JAVA. */
public final class SpringInCalculation {

    public int half(int value) {
        Assert.isTrue(value % 2 == 0, "even");
        return value / 2;
    }
}
