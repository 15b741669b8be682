package uk.bcf.ledger.shared.pool;

import java.math.BigDecimal;

/**
 * The unit an amount was entered in: pounds, as the national template has them, or thousands of pounds ("£'000"),
 * as board reports print budgets. The amount is stored as entered, with its unit, and converted exactly.
 */
public enum AmountUnit {
    POUNDS(BigDecimal.ONE, 2),
    THOUSANDS(BigDecimal.valueOf(1000), 5);

    private final BigDecimal pounds;
    private final int maxDecimals;

    AmountUnit(BigDecimal pounds, int maxDecimals) {
        this.pounds = pounds;
        this.maxDecimals = maxDecimals;
    }

    /** The amount in pounds, exactly; null stays null. */
    public BigDecimal pounds(BigDecimal amount) {
        return amount == null ? null : amount.multiply(pounds);
    }

    /** The most decimals an amount in this unit may have: whole pence. */
    public int maxDecimals() {
        return maxDecimals;
    }

    /** How the unit is printed next to an amount. */
    public String label() {
        return this == POUNDS ? "£" : "£'000";
    }
}
