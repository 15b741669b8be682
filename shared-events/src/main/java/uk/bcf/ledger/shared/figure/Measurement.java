package uk.bcf.ledger.shared.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The components of one plan or actual, exactly as supplied: a {@code value} (a count), a
 * {@code numerator}/{@code denominator} pair (a rate or percentage), or a {@code perDay} rate for plans that are
 * spread over a period by its days. Absent components are {@code null}. Which combinations are valid depends on
 * the metric's {@link uk.bcf.ledger.shared.metric.ValueShape} and is decided by the command side.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measurement(BigDecimal value, Long numerator, Long denominator, BigDecimal perDay) {

    public static Measurement count(long value) {
        return new Measurement(BigDecimal.valueOf(value), null, null, null);
    }

    public static Measurement ratio(long numerator, long denominator) {
        return new Measurement(null, numerator, denominator, null);
    }

    public static Measurement events(long numerator) {
        return new Measurement(null, numerator, null, null);
    }

    public static Measurement perDay(BigDecimal perDay) {
        return new Measurement(null, null, null, perDay);
    }

    /** Derived, so never part of the stored form. */
    @JsonIgnore
    public boolean isDailyRate() {
        return perDay != null;
    }

    /** True when both describe the same figure, ignoring the scale of decimals ({@code 12.5} equals {@code 12.50}). */
    public boolean sameFigureAs(Measurement other) {
        return other != null
                && sameNumber(value, other.value)
                && sameNumber(perDay, other.perDay)
                && java.util.Objects.equals(numerator, other.numerator)
                && java.util.Objects.equals(denominator, other.denominator);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
