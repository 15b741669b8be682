package uk.bcf.ledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Refuses a state-changing request that a browser sent on behalf of another site: the defence against cross-site
 * request forgery for the API, whose callers authenticate per request and hold no session. A browser marks such a
 * request with {@code Sec-Fetch-Site: cross-site} (or {@code same-site}) and an {@code Origin} of the other site;
 * API clients send neither. Browser forms of the query service additionally carry Spring Security's CSRF token.
 */
public class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            ProblemJson.write(
                    response,
                    new Refusal(
                            RefusalKind.CROSS_SITE_REQUEST,
                            "Origin",
                            "a browser sent this write on behalf of another site; it was refused"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_SITE.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        return UriComponentsBuilder.newInstance()
                .scheme(request.getScheme())
                .host(request.getServerName())
                .port(defaultPort(request) ? -1 : request.getServerPort())
                .toUriString();
    }

    private static boolean defaultPort(HttpServletRequest request) {
        return "http".equals(request.getScheme()) && request.getServerPort() == 80
                || "https".equals(request.getScheme()) && request.getServerPort() == 443;
    }
}
