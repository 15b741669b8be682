package uk.bcf.ledger.query.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * What an error page says: a heading for the kind of problem, the reason in words, the field it concerns, and a way
 * back (the page the browser came from on this service, else the start page).
 *
 * @param status      the HTTP status
 * @param heading     the page's heading
 * @param reason      what went wrong, in words
 * @param field       the form field or parameter at fault, or null
 * @param backPath    the page to go back to, or null for none but the start page
 */
public record ErrorPage(int status, String heading, String reason, String field, String backPath) {

    public static ErrorPage of(Refusal refusal, HttpServletRequest request) {
        return new ErrorPage(
                refusal.kind().status(), heading(refusal.kind()), refusal.reason(), refusal.field(), back(request));
    }

    public static ErrorPage of(int status, HttpServletRequest request) {
        RefusalKind kind = switch (status) {
            case 400 -> RefusalKind.INVALID;
            case 401 -> RefusalKind.UNAUTHENTICATED;
            case 403 -> RefusalKind.FORBIDDEN;
            case 404 -> RefusalKind.NOT_FOUND;
            case 409 -> RefusalKind.CONFLICT;
            case 413 -> RefusalKind.TOO_LARGE;
            default -> null;
        };
        return kind == null
                ? new ErrorPage(
                        status,
                        "Sorry, there is a problem with the service",
                        "Something went wrong on our side. Nothing you sent has been stored by this request; try again "
                                + "later.",
                        null,
                        back(request))
                : new ErrorPage(status, heading(kind), defaultReason(kind), null, back(request));
    }

    private static String heading(RefusalKind kind) {
        return switch (kind) {
            case INVALID -> "There is a problem with what was sent";
            case UNAUTHENTICATED -> "You need to sign in again";
            case FORBIDDEN -> "You do not have access to this";
            case CROSS_SITE_REQUEST -> "This form was sent from another site";
            case NOT_FOUND -> "Page not found";
            case CONFLICT -> "This has already been changed";
            case CONCURRENT_CHANGE -> "Someone else changed this at the same moment";
            case TOO_LARGE -> "What was sent is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "This kind of file cannot be taken";
            case UNPROCESSABLE, IMPORT_REJECTED -> "This could not be done";
            case TOO_MANY_REQUESTS -> "Too many attempts";
            case NOT_CAUGHT_UP, BUSY, UNAVAILABLE -> "The service is busy";
        };
    }

    private static String defaultReason(RefusalKind kind) {
        return switch (kind) {
            case INVALID -> "The address or a value in it is not valid.";
            case UNAUTHENTICATED -> "Your session has ended. Sign in again to continue.";
            case FORBIDDEN -> "Your roles or boards do not allow this page. If you need it, ask an administrator.";
            case NOT_FOUND ->
                "If you typed the address, check it is correct. If you followed a link, it may be out of " + "date.";
            case CONFLICT -> "What you were changing has changed since you opened it.";
            case TOO_LARGE -> "The file or form is larger than the service takes. Split the file into smaller ones.";
            default -> "Try again later.";
        };
    }

    /** The page the browser came from, when it is a page of this service (its path only), else null. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            boolean sameService = from.getHost() == null
                    || from.getHost().equalsIgnoreCase(request.getServerName())
                            && from.getPort() == request.getServerPort();
            String path = from.getRawPath();
            if (!sameService || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
