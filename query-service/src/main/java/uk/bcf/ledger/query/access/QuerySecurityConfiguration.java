package uk.bcf.ledger.query.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.BoardPathAuthorization;
import uk.bcf.ledger.security.LedgerHttpSecurity;
import uk.bcf.ledger.security.LedgerSecurityProperties;
import uk.bcf.ledger.security.RequestBodyLimitFilter;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.security.SignInThrottledException;

/**
 * The read API's and the pages' security. Everything about one board ({@code /api/boards/{code}/**} and
 * {@code /boards/{code}/**}: views, reports, exports, histories, restatements, sign-offs, as of any moment) is
 * decided by {@link BoardPathAuthorization} with {@link AccessPolicy#mayRead}; the board list shows only the boards
 * a caller may list.
 *
 * <p>With password sign-in, browsers get a login page and, once signed in, a session (none before: the login form's
 * CSRF token and the page to return to are kept in cookies), and its forms carry Spring's CSRF token; a session ends
 * at the next request after its user is disabled or given a new password, roles or boards;
 * API clients send HTTP Basic on every request (no session is created for them) and need no token, as a browser
 * cannot forge their {@code Authorization} header. With OpenID Connect every request carries a bearer token, and
 * there is no login page to offer.
 */
@Configuration(proxyBeanMethods = false)
class QuerySecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    @Bean
    SecurityFilterChain queryApiSecurity(
            HttpSecurity http, LedgerHttpSecurity ledger, LedgerSecurityProperties properties) throws Exception {
        AuthorizationDecision loginPageOffered = new AuthorizationDecision(ledger.passwordSignIn());
        ledger.applyWithLoginPage(http, LOGIN_PAGE)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/error",
                                "/ledger.css",
                                "/report.css",
                                "/webjars/**",
                                "/js/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/favicon.svg")
                        .permitAll()
                        .requestMatchers(LOGIN_PAGE)
                        .access((caller, request) -> loginPageOffered)
                        .requestMatchers("/actuator/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name())
                        .requestMatchers("/api/admin/audit", "/admin/audit")
                        .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/boards/{code}/populations/**")
                        .access(BoardPathAuthorization.by(AccessPolicy::mayRecordPopulations))
                        .requestMatchers(
                                "/boards/{code}/figures/**",
                                "/boards/{code}/imports/**",
                                "/boards/{code}/pool/{fy}/imports/**",
                                "/boards/{code}/sign-offs/**")
                        .access(BoardPathAuthorization.by(AccessPolicy::mayRecordFigures))
                        .requestMatchers("/api/boards/{code}/**", "/boards/{code}/**")
                        .access(BoardPathAuthorization.by(AccessPolicy::mayRead))
                        .requestMatchers(
                                "/",
                                "/api/boards",
                                "/api/metrics",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .authenticated()
                        .requestMatchers("/api/**")
                        .denyAll()
                        // Any other path is a page: a signed-in browser asking for an unknown one is told "Page not
                        // found", not refused (every page with data of a board is under /boards/{code}/ above).
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new PageAccessDeniedHandler()))
                .addFilterBefore(new UnreadableFormFilter(), CsrfFilter.class)
                .addFilterBefore(
                        new PageBodyLimitFilter(new RequestBodyLimitFilter(properties.requestBody())),
                        AuthorizationFilter.class);
        if (ledger.passwordSignIn()) {
            http.formLogin(form ->
                            form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/").failureHandler(signInFailures()))
                    .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
                    .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                            .ignoringRequestMatchers(QuerySecurityConfiguration::sessionlessApiCall))
                    .requestCache(cache -> cache.requestCache(new PageToReturnTo()));
        } else {
            http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }
        return http.build();
    }

    /**
     * An API call that no session cookie can have authenticated: it carries its own {@code Authorization}, or it
     * has no session and is not the login form. A browser cannot forge the first, and the second has nothing to
     * ride on; so it needs no CSRF token, and an anonymous one is answered 401, not a CSRF refusal.
     */
    private static boolean sessionlessApiCall(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() == null
                        && request.getRequestURI().startsWith("/api/");
    }

    /** A wrong password goes back to the login page saying so; too many failures say when to try again. */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), LOGIN_PAGE + "?throttled"));
        failures.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        return failures;
    }

    /** Every cookie of the service (session, CSRF token, saved page) is {@code SameSite=Lax}. */
    @Bean
    CookieSameSiteSupplier sameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }
}
