package uk.bcf.ledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For a write relayed from a page, the client address is the browser's, as the relay token names it, not the query
 * service's: what the audit trail records for an administrator's action made in the browser.
 */
class RelayedClientAddressFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String browser = caller instanceof JwtAuthenticationToken token
                        && RelayTokens.ISSUER.equals(token.getToken().getClaimAsString("iss"))
                ? RelayTokens.clientAddress(token.getToken())
                : null;
        chain.doFilter(browser == null ? request : new BrowserAddress(request, browser), response);
    }

    private static final class BrowserAddress extends HttpServletRequestWrapper {

        private final String address;

        BrowserAddress(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }
    }
}
