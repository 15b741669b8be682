package uk.bcf.ledger.query.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes CSV lines (RFC 4180) that are safe to open in a spreadsheet. A cell that a spreadsheet would run as a
 * formula, one starting with {@code = + - @}, a tab or a carriage return, is neutralised by a leading single
 * quote, except a plain number such as {@code -114}, which stays a number. A cell is quoted only when it contains
 * a comma, a quote or a line break; every line ends with CRLF; an absent value is an empty cell.
 */
public final class CsvCells {

    private static final String LINE_END = "\r\n";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    /** One line of cells, CRLF-ended. */
    public static String line(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    /** One cell: neutralised, then quoted when needed. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = startsLikeAFormula(text) && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n");
        return needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** A number as a plain decimal, never in exponent form; null is an empty cell. */
    public static String number(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    public static String number(Long number) {
        return number == null ? null : number.toString();
    }

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
