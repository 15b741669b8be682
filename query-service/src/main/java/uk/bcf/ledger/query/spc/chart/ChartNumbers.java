package uk.bcf.ledger.query.spc.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats the numbers of the SVG the same whatever the default locale: coordinates with {@link Locale#ROOT}, values
 * as plain decimals with a dot and no grouping, rounded half-up and without trailing zeros.
 */
final class ChartNumbers {

    private static final int VALUE_DECIMALS = 2;

    private ChartNumbers() {}

    /**
     * A coordinate or length, to a tenth of a pixel, exactly as {@code String.format(Locale.ROOT, "%.1f", pixels)}
     * writes it (a chart has thousands, and the formatter was a fifth of a report's time). A value within a
     * millionth of a tie between two tenths, or beyond a billion pixels, is left to the formatter, whose rounding of
     * ties depends on the decimal digits it derives.
     */
    static String coordinate(double pixels) {
        double tenths = Math.abs(pixels) * 10;
        if (!(tenths < 1e9) || Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-6) {
            return String.format(Locale.ROOT, "%.1f", pixels);
        }
        long rounded = Math.round(tenths);
        String digits = rounded / 10 + "." + rounded % 10;
        return Double.doubleToRawLongBits(pixels) < 0 ? "-" + digits : digits;
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
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
