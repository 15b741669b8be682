/**
 * The refusal vocabulary both services share: {@link uk.bcf.ledger.shared.refusal.Refusal} (kind, field, reason and
 * optional extension members) and {@link uk.bcf.ledger.shared.refusal.RefusalKind} (which decides the HTTP status
 * and the problem type, all under one prefix). Plain Java, free of Axon and Spring, so that domain rules throw it.
 *
 * <p>Pipeline: a domain rule, request reader, query handler or security filter refuses with a {@code Refusal} →
 * nothing is stored → {@code service-security}'s {@code ProblemJson} answers it as RFC 9457
 * {@code application/problem+json} (through {@code ProblemExceptionHandler} once a controller is reached, directly
 * from a filter before).
 */
package uk.bcf.ledger.shared.refusal;
