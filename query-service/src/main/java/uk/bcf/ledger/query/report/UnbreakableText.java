package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report's text into the pieces a line may break between and the ones it must never break: a fraction
 * such as {@code 73/74} (with its brackets, {@code (73/74)}) is one piece, so a board paper never shows
 * {@code 73/} at the end of one line and {@code 74} at the start of the next. Plain Java.
 */
public final class UnbreakableText {

    /** A numerator over a denominator, each with thousands separators or decimals, in brackets or not. */
    private static final Pattern FRACTION = Pattern.compile("\\(?\\d[\\d,.]*/\\d[\\d,.]*\\)?");

    /**
     * One piece of a text.
     *
     * @param text        the words, exactly as in the text
     * @param unbreakable whether a line must not break inside it
     */
    public record Piece(String text, boolean unbreakable) {}

    /** The pieces of {@code text} in order; together they are the text, character for character. */
    public List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null) {
            return pieces;
        }
        Matcher fraction = FRACTION.matcher(text);
        int from = 0;
        while (fraction.find()) {
            if (fraction.start() > from) {
                pieces.add(new Piece(text.substring(from, fraction.start()), false));
            }
            pieces.add(new Piece(fraction.group(), true));
            from = fraction.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }
}
