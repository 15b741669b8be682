package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Functions over amounts in pounds: exact sums, the form an amount is shown in (no trailing zeros beyond the whole
 * pound, never in exponent form), and percentages of a total rounded half up to one decimal.
 */
public final class Pounds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pounds() {}

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The exact amount without trailing zeros, in plain form: {@code 23854000}, {@code 1721065.5}. */
    public static BigDecimal shown(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** An amount computed with a share, rounded half up to whole pence for showing. */
    public static BigDecimal pence(BigDecimal amount) {
        return amount == null ? null : shown(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code part} as a percentage of {@code whole}, half up to one decimal; null when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** How an amount reads in a reason: {@code £1,721,065} or {@code £1,721,065.50}. */
    public static String text(BigDecimal amount) {
        BigDecimal shown = shown(amount);
        return (shown.signum() < 0 ? "-£" : "£")
                + String.format(
                        shown.scale() > 0 ? "%,.2f" : "%,d",
                        shown.scale() > 0 ? shown.abs() : shown.abs().toBigIntegerExact());
    }
}
