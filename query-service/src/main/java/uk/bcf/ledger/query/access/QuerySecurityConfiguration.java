package uk.bcf.ledger.query.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.BoardPathAuthorization;
import uk.bcf.ledger.security.BrowserPages;
import uk.bcf.ledger.security.LedgerHttpSecurity;
import uk.bcf.ledger.security.Role;

/**
 * The read API's and the pages' security. Everything about one board ({@code /api/boards/{code}/**} and
 * {@code /boards/{code}/**}: views, reports, exports, histories, restatements, sign-offs, as of any moment) is
 * decided by {@link BoardPathAuthorization} with {@link AccessPolicy#mayRead}; the board list shows only the boards
 * a caller may list.
 *
 * <p>With password sign-in, browsers get a login page and a session, and its forms carry Spring's CSRF token;
 * API clients send HTTP Basic on every request (no session is created for them) and need no token, as a browser
 * cannot forge their {@code Authorization} header. With OpenID Connect every request carries a bearer token, and
 * there is no login page to offer.
 */
@Configuration(proxyBeanMethods = false)
class QuerySecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    @Bean
    SecurityFilterChain queryApiSecurity(HttpSecurity http, LedgerHttpSecurity ledger) throws Exception {
        AuthorizationDecision loginPageOffered = new AuthorizationDecision(ledger.passwordSignIn());
        ledger.applyWithLoginPage(http, LOGIN_PAGE)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/error", "/ledger.css", "/report.css")
                        .permitAll()
                        .requestMatchers(LOGIN_PAGE)
                        .access((caller, request) -> loginPageOffered)
                        .requestMatchers("/actuator/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name())
                        .requestMatchers("/api/admin/audit")
                        .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/boards/{code}/**", "/boards/{code}/**")
                        .access(BoardPathAuthorization.by(AccessPolicy::mayRead))
                        .requestMatchers("/", "/api/boards", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll());
        if (ledger.passwordSignIn()) {
            http.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/"))
                    .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
                    .csrf(csrf -> csrf.ignoringRequestMatchers(QuerySecurityConfiguration::sessionlessApiCall))
                    .requestCache(cache -> cache.requestCache(pagesOnly()));
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

    /** Remembers, for after sign-in, only the pages a browser asked for; API calls create no session. */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && BrowserPages.asked(request));
        return cache;
    }
}
