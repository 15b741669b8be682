package uk.bcf.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is sending a request: the authenticated principal, never a field of the request body. */
public final class RequestAuthor {

    static final String ANONYMOUS = "anonymous";

    private RequestAuthor() {
    }

    public static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
