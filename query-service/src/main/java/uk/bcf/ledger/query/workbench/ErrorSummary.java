package uk.bcf.ledger.query.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * The errors a form shows: field name → message, in the order of the form, for the GOV.UK error summary (each entry
 * a link to its field) and the message beside the field. A refusal that names no field of the form is shown at the
 * top of the summary, linked to the form's first field.
 */
public final class ErrorSummary {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** No errors: a form as first shown. */
    public static ErrorSummary none() {
        return new ErrorSummary();
    }

    /** One error: the field and the sentence to show for it. */
    public static ErrorSummary of(String field, String message) {
        return new ErrorSummary().add(field, message);
    }

    /** The errors of an invalid or conflicting input, or empty when the refusal is not about the input. */
    static ErrorSummary of(Refusal refusal, String firstField) {
        ErrorSummary errors = new ErrorSummary();
        if (refusal.kind() == RefusalKind.INVALID || refusal.kind() == RefusalKind.UNPROCESSABLE) {
            String field = refusal.field() == null ? firstField : refusal.field();
            errors.messages.put(field, sentence(refusal.field(), refusal.reason()));
        }
        return errors;
    }

    ErrorSummary add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public Map<String, String> all() {
        return Map.copyOf(messages);
    }

    public Iterable<Map.Entry<String, String>> entries() {
        return messages.entrySet();
    }

    public String of(String field) {
        return messages.get(field);
    }

    private static String sentence(String field, String reason) {
        String text = field == null ? reason : field + " " + reason;
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
