package uk.bcf.ledger.security;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.PlatformTransactionManager;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.security.problem.DatabaseOutageFilter;

/** The users, sign-in and shared HTTP security of both services; see {@link EnableLedgerSecurity}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSecurityProperties.class)
class LedgerSecurityConfiguration {

    private static final int BCRYPT_STRENGTH = 10;

    /** Before every other filter, Spring Security's included: a database outage anywhere is a 503, not a 500. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    AccessSchema accessSchema(DataSource dataSource) {
        return new AccessSchema(dataSource);
    }

    /** bcrypt (cost 10) over a condensed password, so that passphrases of any accepted length count in full. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new LedgerPasswordEncoder(BCRYPT_STRENGTH);
    }

    @Bean
    AccessAudit accessAudit(AccessSchema schema, JdbcClient jdbc) {
        return new AccessAudit(jdbc);
    }

    @Bean
    LedgerUsers ledgerUsers(
            AccessSchema schema, JdbcClient jdbc, PasswordEncoder passwords, PlatformTransactionManager transactions) {
        return new LedgerUsers(jdbc, passwords, transactions);
    }

    @Bean
    SignInThrottle signInThrottle(LedgerSecurityProperties properties) {
        return new SignInThrottle(properties.signIn(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    /**
     * The only authentication provider: Spring Security's password check of the users in PostgreSQL (the account's
     * state checked only after the password, so that a disabled user costs the same bcrypt check as any other),
     * behind the short memory of sign-ins and the guessing limits. The user lookup is deliberately not a bean of its
     * own, so that nothing else builds a second, unthrottled password check from it.
     */
    @Bean
    AuthenticationProvider throttledSignIns(
            LedgerUsers users,
            PasswordEncoder passwords,
            LedgerSecurityProperties properties,
            SignInThrottle throttle,
            AccessAudit audit) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(new LedgerUserDetailsService(users));
        check.setPasswordEncoder(passwords);
        check.setPreAuthenticationChecks(user -> {});
        check.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledSignIns(
                new RememberedSignIns(check, users::stamp, properties.rememberSignIn(), Clock.systemUTC()),
                throttle,
                audit);
    }

    @Bean
    InitialAdministrator initialAdministrator(
            LedgerUsers users, LedgerSecurityProperties properties, Environment environment) {
        return new InitialAdministrator(users, properties, environment);
    }

    @Bean
    @Profile(DemoUsers.PROFILE)
    DemoUsers demoUsers(LedgerUsers users) {
        return new DemoUsers(users);
    }

    /** Added by Boot to the JWT decoder of OIDC mode: issuer, audience, expiry and the shape of the claims. */
    @Bean
    @ConditionalOnProperty(name = "bcf.security.mode", havingValue = "oidc")
    OAuth2TokenValidator<Jwt> tokenClaimsValidator(LedgerSecurityProperties properties) {
        return new TokenClaimsValidator(properties.oidc());
    }

    /** Picked up by Spring Security for the requests its firewall refuses. */
    @Bean
    ProblemRequestRejectedHandler problemRequestRejectedHandler() {
        return new ProblemRequestRejectedHandler();
    }

    /**
     * Tomcat passes a path holding an encoded slash ({@code %2F}) on, still encoded, to Spring Security's firewall,
     * which refuses it in the ledger's words (problem+json, or the error page for a browser) instead of Tomcat
     * answering with its own 400 page before any of the ledger's code runs.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
        return factory ->
                factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    /** The relay of page writes (ADR 14), when {@code bcf.security.relay.secret} is set. */
    @Bean
    @ConditionalOnExpression("!'${bcf.security.relay.secret:}'.isBlank()")
    RelayTokens relayTokens(LedgerSecurityProperties properties) {
        return new RelayTokens(properties.relay(), Clock.systemUTC());
    }

    @Bean
    LedgerHttpSecurity ledgerHttpSecurity(
            LedgerSecurityProperties properties, LedgerUsers users, ObjectProvider<RelayTokens> relayTokens) {
        return new LedgerHttpSecurity(properties, users, relayTokens.getIfAvailable());
    }
}
