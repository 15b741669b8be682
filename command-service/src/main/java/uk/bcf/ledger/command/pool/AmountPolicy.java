package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Which amounts of money a pool takes: exact decimals in whole pence (two decimals in pounds, five in thousands of
 * pounds), below a trillion pounds, and not negative unless the amount is a quarter's spend, which a refund can
 * make negative. The amount is kept as entered.
 */
final class AmountPolicy {

    private static final BigDecimal LIMIT_IN_POUNDS = new BigDecimal("1e12");

    private AmountPolicy() {}

    static BigDecimal required(String field, BigDecimal amount, AmountUnit unit, boolean mayBeNegative) {
        if (amount == null) {
            throw Refusal.invalid(field, "is required");
        }
        return optional(field, amount, unit, mayBeNegative);
    }

    static BigDecimal optional(String field, BigDecimal amount, AmountUnit unit, boolean mayBeNegative) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > unit.maxDecimals()) {
            throw Refusal.invalid(
                    field, "must be whole pence: at most " + unit.maxDecimals() + " decimals in " + unit.label());
        }
        if (!mayBeNegative && amount.signum() < 0) {
            throw Refusal.invalid(field, "must not be negative");
        }
        if (unit.pounds(amount).abs().compareTo(LIMIT_IN_POUNDS) >= 0) {
            throw Refusal.invalid(field, "must be less than £1,000,000,000,000");
        }
        return amount;
    }

    static AmountUnit unit(AmountUnit unit) {
        if (unit == null) {
            throw Refusal.invalid("unit", "is required: POUNDS or THOUSANDS");
        }
        return unit;
    }
}
