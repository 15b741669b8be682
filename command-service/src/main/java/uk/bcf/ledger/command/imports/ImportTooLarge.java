package uk.bcf.ledger.command.imports;

/** An import file over the size or row limit (413): refused before any row is checked, nothing stored. */
public class ImportTooLarge extends RuntimeException {

    private final String field;
    private final String reason;

    ImportTooLarge(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
