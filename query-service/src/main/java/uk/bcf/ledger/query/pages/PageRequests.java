package uk.bcf.ledger.query.pages;

import jakarta.servlet.http.HttpServletRequest;
import uk.bcf.ledger.security.BrowserPages;

/**
 * Tells a browser's page request, answered with HTML pages even when refused, from an API call ({@code /api/**},
 * or asking for JSON), answered with problem+json: from the path and the {@code Accept} header only, never the body,
 * so a form that cannot be read is still answered as a page.
 */
public final class PageRequests {

    private PageRequests() {}

    public static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/actuator") && BrowserPages.asked(request);
    }
}
