package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import uk.bcf.ledger.query.http.NumberText;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.ValueShape;

/**
 * How a report writes numbers: values exactly as rounded by the performance view ({@code 216.9}), percentages with a
 * sign ({@code 98.6%}), variances with theirs ({@code -114}, {@code +12}), figures as supplied without trailing
 * zeros ({@code 12.5}), every number grouped in thousands as documents print them ({@code 19,746},
 * {@code 57,626}); never in exponent form, whatever the locale. CSV cells carry the plain number.
 */
final class ReportNumbers {

    private ReportNumbers() {}

    /** A value in the metric's unit, already rounded to its decimals. */
    static String value(BigDecimal value, ValueShape shape) {
        return shape == ValueShape.PERCENTAGE ? NumberText.grouped(value) + "%" : NumberText.grouped(value);
    }

    /** A variance: {@code -114}, {@code 0}, {@code +12}. */
    static String signed(BigDecimal variance) {
        return variance.signum() > 0 ? "+" + NumberText.grouped(variance) : NumberText.grouped(variance);
    }

    /** A number as supplied, without trailing zeros: {@code 12.5}, {@code 10.31}, {@code 245}. */
    static String stated(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return NumberText.grouped(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** {@code 57,626}. */
    static String grouped(long count) {
        return NumberText.grouped(count);
    }

    /** A plan or actual as supplied: its daily rate, its printed value, its count, or its numerator over its denominator. */
    static String supplied(Measurement measurement) {
        if (measurement.perDay() != null) {
            return stated(measurement.perDay());
        }
        if (measurement.stated() != null) {
            return stated(measurement.stated()) + (measurement.percent() != null ? "%" : "");
        }
        return components(measurement.value(), measurement.numerator(), measurement.denominator());
    }

    /** A count, or a numerator over a denominator, or a dash when there is nothing. */
    static String components(BigDecimal value, Long numerator, Long denominator) {
        if (value != null) {
            return stated(value);
        }
        if (numerator == null) {
            return "-";
        }
        return denominator == null ? grouped(numerator) : grouped(numerator) + "/" + grouped(denominator);
    }
}
