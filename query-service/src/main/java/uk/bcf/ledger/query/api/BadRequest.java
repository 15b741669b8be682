package uk.bcf.ledger.query.api;

/** A read request with a malformed parameter: answered 400 naming the parameter. */
class BadRequest extends RuntimeException {

    private final String field;
    private final String reason;

    BadRequest(String field, String reason) {
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
