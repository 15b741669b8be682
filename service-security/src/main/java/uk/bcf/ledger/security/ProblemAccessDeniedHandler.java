package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Answers an authenticated request its caller may not make with 403 and a problem body. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof CsrfException) {
            ProblemJson.write(
                    response,
                    Refusal.forbidden(
                            "_csrf", "the form's CSRF token is missing or out of date; reload the page and try again"));
            return;
        }
        ProblemJson.write(response, Refusal.forbidden(null, "your roles or boards do not allow this request"));
    }
}
