package uk.bcf.ledger.command.http;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is sending a request: the authenticated principal, never a field of the request body. Every write path
 * requires a signed-in caller, so a request without one reaching a controller is a configuration error.
 */
public final class RequestAuthor {

    private RequestAuthor() {}

    public static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException(
                    "a write reached " + request.getRequestURI() + " without a signed-in caller");
        }
        return principal.getName();
    }
}
