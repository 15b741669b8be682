package uk.bcf.ledger.command.rules;

import java.util.regex.Pattern;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Rules for the free-text parts of a command: sources, reasons, names, commentary. Text is plain text: it is stored
 * as given (parameters, never SQL), escaped wherever it is shown, and refused when it carries markup, which has no
 * place in a figure's provenance and would only ever be an attempt at script injection in somebody's browser or
 * in a report printed from it.
 */
public final class TextRules {

    /** The start of an HTML or XML tag, comment, declaration or processing instruction: {@code <b}, {@code </}, {@code <!}, {@code <?}. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z/!?]");

    public static final int MAX_SOURCE = 200;
    public static final int MAX_REASON = 1000;

    private TextRules() {}

    /** Returns the trimmed text, refusing it when blank or longer than {@code maxLength}. */
    public static String required(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "is required");
        }
        return bounded(field, text, maxLength);
    }

    /** Returns the trimmed text or {@code null} when absent, refusing it when longer than {@code maxLength}. */
    public static String optional(String field, String text, int maxLength) {
        return text == null || text.isBlank() ? null : bounded(field, text, maxLength);
    }

    private static String bounded(String field, String text, int maxLength) {
        String trimmed = text.replace("\r\n", "\n").strip();
        if (trimmed.length() > maxLength) {
            throw Refusal.invalid(field, "must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw Refusal.invalid(field, "must not contain control characters");
        }
        if (MARKUP.matcher(trimmed).find()) {
            throw Refusal.invalid(
                    field, "must be plain text without markup: '<' followed by a letter, '/', '!' or '?' starts a tag");
        }
        return trimmed;
    }
}
