package uk.bcf.ledger.command.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.BoardPathAuthorization;
import uk.bcf.ledger.security.LedgerHttpSecurity;
import uk.bcf.ledger.security.Role;

/**
 * The write API's security. Every caller authenticates on every request and no session is kept, so there is no
 * cookie a forged cross-site form could ride on: Spring's CSRF token is off, and {@code LedgerHttpSecurity} refuses
 * writes a browser sends for another site. Board scope is checked per command by {@link BoardAccessInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
class CommandSecurityConfiguration {

    @Bean
    SecurityFilterChain commandApiSecurity(HttpSecurity http, LedgerHttpSecurity ledger) throws Exception {
        ledger.apply(http)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.MONITOR.name())
                                .requestMatchers("/api/admin/audit")
                                .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                                .requestMatchers("/api/admin/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/api/me/**")
                                .authenticated()
                                .requestMatchers(HttpMethod.POST, "/api/boards")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/api/boards/{code}/populations")
                                .access(BoardPathAuthorization.by(AccessPolicy::mayRecordPopulations))
                                .requestMatchers("/api/boards/{code}/**")
                                .access(BoardPathAuthorization.by(AccessPolicy::mayRecordFigures))
                                .requestMatchers("/api/imports")
                                .hasRole(Role.ANALYST.name())
                                .requestMatchers("/api/metrics", "/api/metrics/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .authenticated()
                                .anyRequest()
                                .denyAll());
        return http.build();
    }
}
