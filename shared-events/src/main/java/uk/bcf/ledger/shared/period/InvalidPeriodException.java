package uk.bcf.ledger.shared.period;

/** Thrown when text is not a period this service understands. */
public class InvalidPeriodException extends IllegalArgumentException {

    private final String text;

    public InvalidPeriodException(String text, String reason) {
        super("'" + text + "' is not a valid period: " + reason);
        this.text = text;
    }

    public String text() {
        return text;
    }
}
