package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Tells a browser asking for a page from an API client: a page request's {@code Accept} names HTML and it does not
 * ask for another format with {@code ?format=} (the links a browser follows to PDF and CSV exports).
 */
public final class BrowserPages {

    private BrowserPages() {}

    public static boolean asked(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && request.getParameter("format") == null;
    }
}
