package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;
import java.util.List;

/**
 * The national template's running balance: for each source, planned expenditure must equal income, leaving £0.
 * Lines without a source of funding cannot be set against any income, so their pool fails the check that every
 * line names one.
 */
final class BalanceRule {

    private BalanceRule() {}

    static PoolCheck check(String source, BigDecimal income, BigDecimal expenditure) {
        BigDecimal balance = income.subtract(expenditure);
        String compared = "income " + Pounds.text(income) + ", planned expenditure " + Pounds.text(expenditure);
        if (balance.signum() == 0) {
            return new PoolCheck("BALANCE_" + source, CheckResult.PASS, compared + ": balance £0");
        }
        return new PoolCheck(
                "BALANCE_" + source,
                CheckResult.FAIL,
                compared + ": " + Pounds.text(balance.abs())
                        + (balance.signum() > 0 ? " of income not planned to be spent" : " planned beyond income"));
    }

    static PoolCheck everyLineFunded(List<String> unfundedLines, BigDecimal unfunded) {
        if (unfundedLines.isEmpty()) {
            return new PoolCheck("SOURCE_OF_FUNDING", CheckResult.PASS, "every line names its source of funding");
        }
        return new PoolCheck(
                "SOURCE_OF_FUNDING",
                CheckResult.FAIL,
                unfundedLines.size() + " line(s) (" + String.join(", ", unfundedLines) + ") name no source of funding: "
                        + Pounds.text(unfunded) + " cannot be set against income");
    }
}
