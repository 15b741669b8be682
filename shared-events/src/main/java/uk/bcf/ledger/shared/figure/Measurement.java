package uk.bcf.ledger.shared.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One plan or actual in the form it was given: a {@code value} (a count), a {@code numerator}/{@code denominator}
 * pair (a rate, percentage or mean), a {@code perDay} rate for plans spread over a period by its days, or the figure
 * as documents print it in the metric's unit: a {@code rate} (per 100,000), a {@code percent} or a {@code mean}.
 * Absent parts are {@code null}. Which combinations are valid depends on the metric's
 * {@link uk.bcf.ledger.shared.metric.ValueShape} and is decided by the command side; the stored form keeps a printed
 * figure only where no components define it (or, for a standardised rate, beside its count).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measurement(
        BigDecimal value,
        Long numerator,
        Long denominator,
        BigDecimal perDay,
        BigDecimal rate,
        BigDecimal percent,
        BigDecimal mean) {

    public static Measurement count(long value) {
        return new Measurement(BigDecimal.valueOf(value), null, null, null, null, null, null);
    }

    public static Measurement ratio(long numerator, long denominator) {
        return new Measurement(null, numerator, denominator, null, null, null, null);
    }

    public static Measurement events(long numerator) {
        return new Measurement(null, numerator, null, null, null, null, null);
    }

    public static Measurement perDay(BigDecimal perDay) {
        return new Measurement(null, null, null, perDay, null, null, null);
    }

    /** A rate per 100,000 as printed, with the count of events behind it when one is given ({@code null} if not). */
    public static Measurement rate(BigDecimal rate, Long count) {
        return new Measurement(null, count, null, null, rate, null, null);
    }

    /** A percentage as printed. */
    public static Measurement percent(BigDecimal percent) {
        return new Measurement(null, null, null, null, null, percent, null);
    }

    /** An average as printed. */
    public static Measurement mean(BigDecimal mean) {
        return new Measurement(null, null, null, null, null, null, mean);
    }

    /** Derived, so never part of the stored form. */
    @JsonIgnore
    public boolean isDailyRate() {
        return perDay != null;
    }

    /** The figure as printed in the metric's unit (its rate, percent or mean), or null when none is stated. */
    @JsonIgnore
    public BigDecimal stated() {
        return Stream.of(rate, percent, mean)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** True when both describe the same figure, ignoring the scale of decimals ({@code 12.5} equals {@code 12.50}). */
    public boolean sameFigureAs(Measurement other) {
        return other != null
                && sameNumber(value, other.value)
                && sameNumber(perDay, other.perDay)
                && sameNumber(rate, other.rate)
                && sameNumber(percent, other.percent)
                && sameNumber(mean, other.mean)
                && Objects.equals(numerator, other.numerator)
                && Objects.equals(denominator, other.denominator);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
