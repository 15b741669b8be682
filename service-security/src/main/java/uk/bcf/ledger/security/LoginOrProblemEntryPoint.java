package uk.bcf.ledger.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a browser that asks for a page ({@link BrowserPages}) to the login page, and answers every other
 * unauthenticated request as an API client: 401 with a problem and the Basic challenge.
 */
final class LoginOrProblemEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint loginPage;
    private final AuthenticationEntryPoint problem;

    LoginOrProblemEntryPoint(String loginPage, AuthenticationEntryPoint problem) {
        this.loginPage = new LoginUrlAuthenticationEntryPoint(loginPage);
        this.problem = problem;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        (BrowserPages.asked(request) ? loginPage : problem).commence(request, response, exception);
    }
}
