package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/**
 * The national template's warning when more than 5% of mandatory spend (planned from the NHS minimum, DFG, iBCF and
 * winter pressures grant) is classed as scheme type "Other".
 */
final class OtherSpendRule {

    static final BigDecimal LIMIT_PERCENT = BigDecimal.valueOf(5);

    private OtherSpendRule() {}

    static PoolCheck check(BigDecimal other, BigDecimal mandatory) {
        BigDecimal percent = Pounds.percent(other, mandatory);
        if (percent == null) {
            return new PoolCheck("OTHER_SPEND", CheckResult.NOT_ASSESSED, "no mandatory spend is planned");
        }
        String compared = Pounds.text(other) + " of mandatory spend " + Pounds.text(mandatory)
                + " is classed as Other (" + percent.toPlainString() + "%)";
        boolean over = other.multiply(BigDecimal.valueOf(100)).compareTo(mandatory.multiply(LIMIT_PERCENT)) > 0;
        return over
                ? new PoolCheck("OTHER_SPEND", CheckResult.WARNING, compared + ": more than 5%")
                : new PoolCheck("OTHER_SPEND", CheckResult.PASS, compared + ": 5% or less");
    }
}
