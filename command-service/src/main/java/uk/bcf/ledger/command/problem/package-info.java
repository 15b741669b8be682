/**
 * How a refused write is answered: {@link uk.bcf.ledger.command.problem.ProblemResponses} turns every refusal
 * (a rule violation, a refused import, an unacceptable user, an unreadable or oversized body, a concurrent change)
 * into RFC 9457 {@code application/problem+json} with {@code field} and {@code reason}, and an unexpected failure into
 * a 500 that reveals nothing of the service's insides. Refusals made before a controller is reached are written by
 * {@code service-security}'s filters in the same shape.
 *
 * <p>Pipeline: exception thrown by a controller or the command bus → {@code ProblemResponses} → problem body.
 */
package uk.bcf.ledger.command.problem;
