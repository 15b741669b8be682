package uk.bcf.archfixtures.ledger.query.performance;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/** A Spring bean of a calculation package: an edge, which may use Spring. */
@Component
public class CalculationBean {

    public int half(int value) {
        Assert.isTrue(value % 2 == 0, "even");
        return value / 2;
    }
}
