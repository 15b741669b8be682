package uk.bcf.ledger.security;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/** The users, sign-in and shared HTTP security of both services; see {@link EnableLedgerSecurity}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSecurityProperties.class)
class LedgerSecurityConfiguration {

    @Bean
    AccessSchema accessSchema(DataSource dataSource) {
        return new AccessSchema(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LedgerUsers ledgerUsers(
            AccessSchema schema, JdbcClient jdbc, PasswordEncoder passwords, PlatformTransactionManager transactions) {
        return new LedgerUsers(jdbc, passwords, transactions);
    }

    /**
     * The only authentication provider: Spring Security's password check of the users in PostgreSQL, behind the
     * short memory of sign-ins. The user lookup is deliberately not a bean of its own, so that nothing else builds a
     * second, unremembered password check from it.
     */
    @Bean
    AuthenticationProvider rememberedSignIns(
            LedgerUsers users, PasswordEncoder passwords, LedgerSecurityProperties properties) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(new LedgerUserDetailsService(users));
        check.setPasswordEncoder(passwords);
        return new RememberedSignIns(check, properties.rememberSignIn(), Clock.systemUTC());
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

    /** Picked up by Spring Security for the requests its firewall refuses. */
    @Bean
    ProblemRequestRejectedHandler problemRequestRejectedHandler() {
        return new ProblemRequestRejectedHandler();
    }

    @Bean
    LedgerHttpSecurity ledgerHttpSecurity(LedgerSecurityProperties properties) {
        return new LedgerHttpSecurity(properties);
    }
}
