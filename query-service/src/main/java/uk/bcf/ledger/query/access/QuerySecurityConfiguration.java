package uk.bcf.ledger.query.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.bcf.ledger.security.LedgerHttpSecurity;
import uk.bcf.ledger.security.Role;

/**
 * The read API's and the pages' security. Everything about one board ({@code /api/boards/{code}/**} and
 * {@code /boards/{code}/**}: views, reports, exports, histories, restatements, sign-offs, as of any moment) is
 * decided by {@link BoardReadAuthorization}; the board list shows only the boards a caller may list.
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
        ledger.applyWithLoginPage(http, LOGIN_PAGE).authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/ledger.css", "/report.css").permitAll()
                .requestMatchers(LOGIN_PAGE).access((caller, request) -> loginPageOffered)
                .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name())
                .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/boards/{code}/**", "/boards/{code}/**").access(new BoardReadAuthorization())
                .requestMatchers("/", "/api/boards", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").authenticated()
                .anyRequest().denyAll());
        if (ledger.passwordSignIn()) {
            http.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/"))
                    .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
                    .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        } else {
            http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }
        return http.build();
    }
}
