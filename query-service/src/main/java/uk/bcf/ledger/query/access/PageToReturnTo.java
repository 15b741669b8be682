package uk.bcf.ledger.query.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import uk.bcf.ledger.security.BrowserPages;

/**
 * The page a browser asked for before signing in, kept in a cookie (so that no session exists before sign-in) for
 * the redirect after it. Once the browser comes back to that page the cookie is dropped, and the request is answered
 * as itself: the cookie keeps only the address, so replaying the saved request would lose the browser's headers
 * (such as {@code Accept}, which tells a page from an API call).
 */
final class PageToReturnTo extends CookieRequestCache {

    PageToReturnTo() {
        setRequestMatcher(request -> "GET".equals(request.getMethod()) && BrowserPages.asked(request));
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        super.getMatchingRequest(request, response);
        return null;
    }
}
