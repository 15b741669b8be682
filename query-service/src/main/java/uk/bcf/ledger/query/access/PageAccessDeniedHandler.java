package uk.bcf.ledger.query.access;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import uk.bcf.ledger.security.BrowserPages;
import uk.bcf.ledger.security.ProblemAccessDeniedHandler;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * A refusal by the security rules: for a browser's page request an HTML page in words with a way back (forwarded to
 * the error page), for an API call the problem+json answer of both services. A form without its CSRF token, or with
 * an outdated one, is told so.
 */
final class PageAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemAccessDeniedHandler problems = new ProblemAccessDeniedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = !path.startsWith("/api/") && !path.startsWith("/actuator") && BrowserPages.asked(request);
        if (!page || response.isCommitted()) {
            problems.handle(request, response, denied);
            return;
        }
        Refusal refusal = denied instanceof CsrfException
                ? new Refusal(
                        RefusalKind.FORBIDDEN,
                        null,
                        "The form had expired or did not come from this service, so nothing was done. Go back, "
                                + "reload the page and send the form again.")
                : new Refusal(
                        RefusalKind.FORBIDDEN,
                        null,
                        "Your roles or boards do not allow this page or action. If you need it, ask an administrator.");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.kind().status());
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
        response.setStatus(refusal.kind().status());
        request.getRequestDispatcher("/error").forward(request, response);
    }
}
