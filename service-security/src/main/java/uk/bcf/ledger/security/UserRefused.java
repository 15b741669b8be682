package uk.bcf.ledger.security;

/** A user that cannot be created or changed as asked, naming the request field and the reason. */
public class UserRefused extends RuntimeException {

    private final String field;
    private final String reason;

    public UserRefused(String field, String reason) {
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
