package uk.bcf.ledger.query.http;

import org.springframework.http.HttpStatus;

/**
 * A read request that cannot be answered: a malformed parameter (400), something the read model does not hold
 * (404), or a write the read model has not caught up with in time (503, worth retrying).
 */
public class ReadRefused extends RuntimeException {

    /** The kinds of refusal, each with its HTTP status and the last part of its problem type. */
    enum Kind {
        INVALID(HttpStatus.BAD_REQUEST, "invalid"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
        NOT_CAUGHT_UP(HttpStatus.SERVICE_UNAVAILABLE, "not-caught-up");

        private final HttpStatus status;
        private final String type;

        Kind(HttpStatus status, String type) {
            this.status = status;
            this.type = type;
        }
    }

    private final Kind kind;
    private final String field;
    private final String reason;

    private ReadRefused(Kind kind, String field, String reason) {
        super(field + ": " + reason);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
    }

    public static ReadRefused badRequest(String field, String reason) {
        return new ReadRefused(Kind.INVALID, field, reason);
    }

    public static ReadRefused notFound(String field, String reason) {
        return new ReadRefused(Kind.NOT_FOUND, field, reason);
    }

    public static ReadRefused notCaughtUp(String field, String reason) {
        return new ReadRefused(Kind.NOT_CAUGHT_UP, field, reason);
    }

    HttpStatus status() {
        return kind.status;
    }

    String type() {
        return kind.type;
    }

    /** Whether the same request may succeed a little later. */
    boolean retryable() {
        return kind == Kind.NOT_CAUGHT_UP;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
