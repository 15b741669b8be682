/**
 * Problem answers, for both services and the security filters: {@link uk.bcf.ledger.security.problem.ProblemJson}
 * renders a {@link uk.bcf.ledger.shared.refusal.Refusal} as RFC 9457 {@code application/problem+json}, and
 * {@link uk.bcf.ledger.security.problem.ProblemExceptionHandler}, the controller advice both services share (through
 * {@link uk.bcf.ledger.security.EnableLedgerSecurity}), answers what controllers throw with it.
 *
 * <p>Pipeline: a refusal thrown by a controller, an interceptor or a query or command handler (handed back by the
 * service's bus gateway as itself) → {@code ProblemExceptionHandler} → {@code ProblemJson.of} → problem body; a
 * refusal made by a filter before any controller (401, 403, 413, a firewall's 400) → {@code ProblemJson.write} →
 * the response.
 */
package uk.bcf.ledger.security.problem;
