package uk.bcf.ledger.query.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats the numbers of the SVG the same whatever the default locale: coordinates with {@link Locale#ROOT}, values
 * as plain decimals with a dot and no grouping, rounded half-up and without trailing zeros.
 */
final class ChartNumbers {

    private static final int VALUE_DECIMALS = 2;

    private ChartNumbers() {
    }

    /** A coordinate or length, to a tenth of a pixel. */
    static String coordinate(double pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels);
    }

    /** A value in words or labels, to at most two decimals. */
    static String value(double value) {
        return decimal(value, VALUE_DECIMALS);
    }

    /** A tick label, to one decimal finer than the step between ticks, so that steps such as 2.5 show in full. */
    static String tick(double tick, double step) {
        return decimal(tick, Math.max(0, 1 - (int) Math.floor(Math.log10(step))));
    }

    private static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
