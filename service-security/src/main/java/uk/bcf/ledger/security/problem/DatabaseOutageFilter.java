package uk.bcf.ledger.security.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost servlet filter of both services: a request that fails outside a controller because the database cannot
 * be reached (a security filter checking the caller's sign-in, say) is answered like one inside a controller, 503
 * with {@code Retry-After} and a problem ({@link DatabaseOutage}), instead of the servlet container's 500. Any
 * other failure passes on unchanged.
 */
public final class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warn(
                    "Request failed: the database cannot be reached ({})",
                    failure.getClass().getSimpleName());
            response.reset();
            ProblemJson.write(response, DatabaseOutage.refusal());
        }
    }
}
