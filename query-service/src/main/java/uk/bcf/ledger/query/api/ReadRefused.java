package uk.bcf.ledger.query.api;

import org.springframework.http.HttpStatus;

/** A read request that cannot be answered: a malformed parameter (400) or something the read model does not hold (404). */
public class ReadRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String reason;

    private ReadRefused(HttpStatus status, String field, String reason) {
        super(field + ": " + reason);
        this.status = status;
        this.field = field;
        this.reason = reason;
    }

    public static ReadRefused badRequest(String field, String reason) {
        return new ReadRefused(HttpStatus.BAD_REQUEST, field, reason);
    }

    public static ReadRefused notFound(String field, String reason) {
        return new ReadRefused(HttpStatus.NOT_FOUND, field, reason);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
