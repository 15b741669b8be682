package uk.bcf.ledger.query.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.bcf.ledger.security.BrowserPages;
import uk.bcf.ledger.security.RequestBodyLimitFilter;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * A browser's form or file over the body limit of its path (an import page's file above 11 MB) is refused with the
 * HTML error page in words, before it is read; API calls over the limit are left to {@link RequestBodyLimitFilter},
 * which answers them with a problem.
 */
final class PageBodyLimitFilter extends OncePerRequestFilter {

    private final RequestBodyLimitFilter limits;

    PageBodyLimitFilter(RequestBodyLimitFilter limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limits.limitFor(request);
        if (!path.startsWith("/api/") && BrowserPages.asked(request) && request.getContentLengthLong() > limit) {
            Refusal refusal = Refusal.tooLarge(
                    "file",
                    "is larger than the " + limit / (1024 * 1024) + " MB this form takes; split it into smaller files");
            request.setAttribute(
                    RequestDispatcher.ERROR_STATUS_CODE, refusal.kind().status());
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
            response.setStatus(refusal.kind().status());
            response.setHeader("Connection", "close");
            request.getRequestDispatcher("/error").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
