package uk.bcf.ledger.query.api;

/** A read request for something the read model does not hold: answered 404. */
public class NotFound extends RuntimeException {

    private final String field;
    private final String reason;

    public NotFound(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
