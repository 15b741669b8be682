package uk.bcf.ledger.shared.refusal;

import java.util.Locale;

/**
 * Why a request was refused. Each kind has the HTTP status it is answered with and its RFC 9457 problem type,
 * {@value #TYPE_PREFIX} followed by the kind's name in lower case with hyphens ({@code NOT_FOUND} is
 * {@code urn:bcf-ledger:problem:not-found}). Clients tell refusals apart by the type; several kinds share a status.
 */
public enum RefusalKind {

    /** The input is wrong whatever the current state: a malformed or missing field, a broken domain rule. */
    INVALID(400),
    /** The request carries no valid credentials. */
    UNAUTHENTICATED(401),
    /** The caller's roles or boards do not allow the request, whatever its input. */
    FORBIDDEN(403),
    /** A browser sent a write on behalf of another site. */
    CROSS_SITE_REQUEST(403),
    /** The request refers to something that does not exist (at the moment asked about). */
    NOT_FOUND(404),
    /** The input clashes with what is already recorded: a second record, a stale {@code If-Match}. */
    CONFLICT(409),
    /** Another write changed the same ledger, or sent the same request, at the same moment: try again. */
    CONCURRENT_CHANGE(409),
    /** The request body or file is over its size or row limit. */
    TOO_LARGE(413),
    /** The request body is of a media type the endpoint does not take. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Well-formed but cannot be processed as asked, e.g. an idempotency key reused for another request. */
    UNPROCESSABLE(422),
    /** An import file with refused rows: nothing was stored, and the refusal carries the per-row report. */
    IMPORT_REJECTED(422),
    /** Too many failed sign-ins from the same client or for the same user: wait as {@code Retry-After} says. */
    TOO_MANY_REQUESTS(429),
    /** The read models had not caught up with a write in time: the same request may succeed a little later. */
    NOT_CAUGHT_UP(503),
    /** The service is busy with as many requests of this sort as it takes at once: the same request may succeed later. */
    BUSY(503),
    /** The database cannot be reached (an outage): nothing was done, and the same request may succeed later. */
    UNAVAILABLE(503);

    /** The start of every problem type URI the ledger answers with. */
    public static final String TYPE_PREFIX = "urn:bcf-ledger:problem:";

    private final int status;

    RefusalKind(int status) {
        this.status = status;
    }

    /** The HTTP status code the refusal is answered with. */
    public int status() {
        return status;
    }

    /** The RFC 9457 problem type, such as {@code urn:bcf-ledger:problem:not-found}. */
    public String type() {
        return TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the same request may succeed a little later without being changed. */
    public boolean retryable() {
        return this == NOT_CAUGHT_UP || this == TOO_MANY_REQUESTS || this == BUSY || this == UNAVAILABLE;
    }
}
