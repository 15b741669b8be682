package uk.bcf.ledger.command.http;

import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Reads the fields every write shares, turning absent or malformed ones into a {@link Refusal}. */
public final class RequestFields {

    private RequestFields() {}

    public static <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw Refusal.invalid(field, "is required");
        }
        return value;
    }

    public static Period period(String text) {
        try {
            return Periods.requested(required("period", text));
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("period", e.getMessage());
        }
    }

    /** The metric or period in a correction's body, when given, must match the URL's. */
    public static void matchesPath(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw Refusal.invalid(field, "'" + inBody + "' in the body does not match '" + inPath + "' in the URL");
        }
    }
}
