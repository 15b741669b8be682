package uk.bcf.ledger.command.rules;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The plausible bounds of a figure (ADR 15, README "Plausible bounds"), far beyond any board's real figures yet
 * small enough that every read computes and prints them: counts, numerators and denominators at most 10^9
 * (England's population is below 10^8); a per-day plan at most 10^6; a rate per 100,000, a mean and a published
 * value at most 10^9; at most 6 decimals in any number. A value beyond them is refused naming its field.
 */
public final class PlausibleBounds {

    /** The largest count, numerator, denominator or population: 10^9. */
    public static final long MAX_COUNT = 1_000_000_000L;

    public static final BigDecimal MAX_PER_DAY = BigDecimal.valueOf(1_000_000L);
    public static final BigDecimal MAX_VALUE = BigDecimal.valueOf(MAX_COUNT);
    public static final int MAX_DECIMALS = 6;

    private PlausibleBounds() {}

    /** A count, numerator, denominator or population of at most 10^9. */
    public static long count(String field, long value) {
        if (value > MAX_COUNT) {
            throw Refusal.invalid(
                    field, "must be at most 1,000,000,000 (10^9); " + value + " is not a plausible figure");
        }
        return value;
    }

    public static BigDecimal perDay(String field, BigDecimal value) {
        return decimal(field, value, MAX_PER_DAY, "1,000,000 (10^6)");
    }

    /** A rate, percentage, mean or published value of at most 10^9 with at most 6 decimals. */
    public static BigDecimal value(String field, BigDecimal value) {
        return decimal(field, value, MAX_VALUE, "1,000,000,000 (10^9)");
    }

    private static BigDecimal decimal(String field, BigDecimal value, BigDecimal max, String maxText) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(max) > 0) {
            throw Refusal.invalid(
                    field, "must be at most " + maxText + "; " + value.toPlainString() + " is not a plausible figure");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw Refusal.invalid(field, "has more than " + MAX_DECIMALS + " decimals");
        }
        return value;
    }
}
