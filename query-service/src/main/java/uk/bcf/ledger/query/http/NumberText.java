package uk.bcf.ledger.query.http;

import java.math.BigDecimal;

/**
 * Numbers as documents print them for people: thousands grouped with commas ({@code 19,746}, {@code 1,037.2},
 * {@code -3,000}), decimals exactly as the number has them, never in exponent form whatever the locale. CSV writes
 * numbers without grouping ({@link CsvCells}).
 */
public final class NumberText {

    private NumberText() {}

    /** {@code 19746} as {@code 19,746}; {@code 1037.20} as {@code 1,037.20}; null as an empty text. */
    public static String grouped(BigDecimal number) {
        if (number == null) {
            return "";
        }
        String plain = number.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder grouped = new StringBuilder();
        for (int index = 0; index < whole.length(); index++) {
            if (index > 0 && (whole.length() - index) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(index));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    /** A whole number grouped; null as an empty text. */
    public static String grouped(Long number) {
        return number == null ? "" : grouped(BigDecimal.valueOf(number));
    }
}
