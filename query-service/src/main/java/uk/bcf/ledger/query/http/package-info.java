/**
 * The small HTTP kit every read shares: how a moment is named in a request and resolved
 * ({@link uk.bcf.ledger.query.http.AsOfParameter}, {@link uk.bcf.ledger.query.http.AsOfResolver},
 * {@link uk.bcf.ledger.query.http.Moment}), request parameters ({@link uk.bcf.ledger.query.http.RequestParameters}),
 * sending a read's query over Axon's query bus and handing a handler's refusal back as itself
 * ({@link uk.bcf.ledger.query.http.ViewGateway}), and CSV cells and media type
 * ({@link uk.bcf.ledger.query.http.CsvCells}, {@link uk.bcf.ledger.query.http.CsvMediaType}). Refusals are the
 * {@link uk.bcf.ledger.shared.refusal.Refusal}s both services share, answered by {@code service-security}'s
 * {@link uk.bcf.ledger.security.problem.ProblemExceptionHandler}.
 *
 * <p>Pipeline of every read, in order: HTTP GET → a feature's {@code …Controller} parses its parameters
 * ({@code AsOfParameter.optional}, {@code RequestParameters}; an invalid {@code Refusal}, 400, when malformed) → a
 * {@code Fetch…Query} → {@code ViewGateway.fetch} → Axon's query bus → the feature's {@code …QueryHandler}, which
 * resolves the moment with {@code AsOfResolver} in its transaction and reads → a {@code …View} (or a
 * {@code Refusal} handed back as itself) → JSON, CSV or a page; a refusal → {@code ProblemExceptionHandler} →
 * {@code application/problem+json}.
 */
package uk.bcf.ledger.query.http;
