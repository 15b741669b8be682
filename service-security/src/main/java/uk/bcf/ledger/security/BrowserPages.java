package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tells a browser asking for a page from an API client: a page request's {@code Accept} names HTML and its address
 * does not ask for another format with {@code ?format=} (the links a browser follows to PDF and CSV exports). Only the
 * headers and the address are read, never the body: a form that cannot be read is still a page request.
 */
public final class BrowserPages {

    private BrowserPages() {}

    public static boolean asked(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !asksForFormat(request.getQueryString());
    }

    private static boolean asksForFormat(String query) {
        return query != null
                && UriComponentsBuilder.newInstance()
                        .query(query)
                        .build()
                        .getQueryParams()
                        .containsKey("format");
    }
}
