package uk.bcf.ledger.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import uk.bcf.ledger.security.audit.AuditTrailController;
import uk.bcf.ledger.security.problem.ProblemExceptionHandler;

/**
 * Puts a service behind the ledger's security: users, roles and board scopes in the {@code access} schema (or an
 * OpenID Connect provider's tokens), the initial administrator or the demo users, and {@link LedgerHttpSecurity}
 * for the service's own filter chain, and {@link ProblemExceptionHandler}, which answers every refusal a controller
 * throws with the same problem+json the filters write, and the access audit trail's reading
 * ({@code GET /api/admin/audit}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({LedgerSecurityConfiguration.class, ProblemExceptionHandler.class, AuditTrailController.class})
public @interface EnableLedgerSecurity {}
