package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Answers a request without valid credentials with 401, a problem body, and the challenge of the configured
 * authentication (Basic, or Bearer for OpenID Connect tokens). It says nothing about whether the user exists.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "BCF performance ledger";

    private final String challenge;

    public ProblemAuthenticationEntryPoint(LedgerSecurityProperties.Mode mode) {
        this.challenge = mode == LedgerSecurityProperties.Mode.OIDC
                ? "Bearer"
                : "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        ProblemJson.write(
                response,
                new Refusal(
                        RefusalKind.UNAUTHENTICATED,
                        "Authorization",
                        "sign in: the request carries no valid credentials"));
    }
}
