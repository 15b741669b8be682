package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import uk.bcf.ledger.security.problem.DatabaseOutage;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Answers a request without valid credentials with 401, a problem body, and the challenge of the configured
 * authentication (Basic, or Bearer for OpenID Connect tokens). It says nothing about whether the user exists. A
 * sign-in refused for too many failures is answered 429 with {@code Retry-After} ({@link SignInThrottledException}),
 * one that could not be checked because the database cannot be reached 503 with {@code Retry-After}
 * ({@link DatabaseOutage}).
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
        if (DatabaseOutage.causedBy(exception)) {
            ProblemJson.write(response, DatabaseOutage.refusal());
            return;
        }
        if (exception instanceof SignInThrottledException throttled) {
            ProblemJson.write(
                    response,
                    new Refusal(
                            RefusalKind.TOO_MANY_REQUESTS,
                            "Authorization",
                            "too many failed sign-ins; wait before trying again",
                            Map.of(ProblemJson.RETRY_AFTER_MEMBER, throttled.retryAfterSeconds())));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        ProblemJson.write(
                response,
                new Refusal(
                        RefusalKind.UNAUTHENTICATED,
                        "Authorization",
                        "sign in: the request carries no valid credentials"));
    }
}
