package uk.bcf.ledger.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every security filter chain of both services shares: how callers authenticate (HTTP Basic against the
 * users in PostgreSQL, or bearer tokens of an OpenID Connect provider), problem answers for 401, 403 and 429, secure
 * headers, refusal of cross-site writes and request body limits, and, with password sign-in, the end of any session
 * whose user has changed since it signed in ({@link SignInStampFilter}). Each service adds its own authorisation rules.
 */
public class LedgerHttpSecurity {

    /** Pages, styles and images come from the service itself only; nothing may frame them. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final LedgerSecurityProperties properties;
    private final TokenCallers tokens;
    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler();

    private final LedgerUsers users;
    private final RelayTokens relayTokens;

    public LedgerHttpSecurity(LedgerSecurityProperties properties, LedgerUsers users, RelayTokens relayTokens) {
        this.properties = properties;
        this.users = users;
        this.relayTokens = relayTokens;
        this.tokens = new TokenCallers(properties.oidc());
        this.entryPoint = new ProblemAuthenticationEntryPoint(properties.mode());
    }

    /** Whether callers sign in with a password (and a service with pages offers a login form). */
    public boolean passwordSignIn() {
        return properties.mode() == LedgerSecurityProperties.Mode.DATABASE;
    }

    /** The shared configuration for a service whose callers are all API clients. */
    public HttpSecurity apply(HttpSecurity http) {
        return apply(http, entryPoint);
    }

    /**
     * The shared configuration for a service with pages: with password sign-in, a browser asking for a page without
     * being signed in is sent to {@code loginPage}; API clients are still answered 401 with a problem.
     */
    public HttpSecurity applyWithLoginPage(HttpSecurity http, String loginPage) {
        return apply(http, passwordSignIn() ? new LoginOrProblemEntryPoint(loginPage, entryPoint) : entryPoint);
    }

    /**
     * The shared configuration for the command service, which also accepts the writes the pages relay (ADR 14): with
     * password sign-in, a bearer relay token signed with the shared secret ({@link RelayTokens}) stands for the user
     * it names, as that user's record is now ({@link RelayCallers}), and the browser's address it names is the
     * request's client address; with OpenID Connect the pages relay the user's own token, checked as any other.
     */
    public HttpSecurity applyAcceptingRelayedWrites(HttpSecurity http) {
        apply(http, entryPoint);
        if (passwordSignIn() && relayTokens != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(relayTokens.decoder())
                                    .jwtAuthenticationConverter(new RelayCallers(users)))
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDenied))
                    .addFilterAfter(new RelayedClientAddressFilter(), AuthorizationFilter.class);
        }
        return http;
    }

    private HttpSecurity apply(HttpSecurity http, AuthenticationEntryPoint unauthenticated) {
        http.exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(accessDenied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new CrossSiteWriteFilter(), CsrfFilter.class)
                .addFilterAfter(new RequestBodyLimitFilter(properties.requestBody()), AuthorizationFilter.class);
        if (passwordSignIn()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                    .addFilterAfter(new SignInStampFilter(users::stamp), SecurityContextHolderFilter.class);
        } else {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(accessDenied));
        }
        return http;
    }
}
