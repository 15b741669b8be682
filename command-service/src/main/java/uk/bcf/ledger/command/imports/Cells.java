package uk.bcf.ledger.command.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads the cells of an import file as spreadsheets write them: surrounding blanks ignored, a blank cell absent,
 * numbers with or without thousands separators ({@code 2,134}), a trailing percent sign where a percentage may be
 * given ({@code 98.6%}) and fractions ({@code 73/74}). A cell that is none of these is refused naming its column.
 */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private Cells() {}

    /** A fraction {@code numerator/denominator} of whole numbers. */
    record Fraction(long numerator, long denominator) {}

    static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    static BigDecimal decimal(String column, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            throw Refusal.invalid(column, "'" + text + "' is not a number (write 2134, 2,134 or 12.5)");
        }
        return new BigDecimal(text.replace(",", ""));
    }

    static Long whole(String column, String cell) {
        BigDecimal number = decimal(column, cell);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw Refusal.invalid(column, "'" + text(cell) + "' is not a whole number");
        }
    }

    /** A number that may end in a percent sign, which is dropped: {@code 98.6%} is 98.6. */
    static BigDecimal percentOrDecimal(String column, String cell) {
        String text = text(cell);
        return decimal(column, text != null && text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    }

    /** A number written with a trailing percent sign: {@code 8.4%}. */
    static boolean isPercentage(String cell) {
        String text = text(cell);
        return text != null && text.endsWith("%");
    }

    static boolean isFraction(String cell) {
        return cell != null && cell.contains("/");
    }

    static Fraction fraction(String column, String cell) {
        String[] parts = text(cell).split("/", -1);
        if (parts.length != 2 || text(parts[0]) == null || text(parts[1]) == null) {
            throw Refusal.invalid(column, "'" + text(cell) + "' is not a fraction (write 73/74)");
        }
        return new Fraction(whole(column, parts[0]), whole(column, parts[1]));
    }
}
