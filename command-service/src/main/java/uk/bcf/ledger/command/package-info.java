/**
 * The command service: the write side of the ledger. It accepts writes over HTTP, turns each into a command, checks
 * it against the domain rules in an Axon aggregate and appends the resulting events to the PostgreSQL event store,
 * which the query service tails. Every endpoint lives in the package of its feature:
 * <ul>
 *   <li>{@code POST /api/boards}, {@code /api/boards/{code}/populations} and {@code /api/boards/{code}/sign-offs}:
 *       {@link uk.bcf.ledger.command.board};</li>
 *   <li>{@code /api/boards/{code}/plans}, {@code /api/boards/{code}/actuals} and
 *       {@code /api/boards/{code}/commentary}: {@link uk.bcf.ledger.command.figures};</li>
 *   <li>{@code POST /api/boards/{code}/imports} and {@code POST /api/imports}: {@link uk.bcf.ledger.command.imports};</li>
 *   <li>{@code /api/boards/{code}/pool/{fy}/…} (contributions, minimums, schemes, spend, imports):
 *       {@link uk.bcf.ledger.command.pool};</li>
 *   <li>{@code /api/admin/users}: {@link uk.bcf.ledger.command.access}.</li>
 * </ul>
 * What every write shares: the HTTP kit in {@link uk.bcf.ledger.command.http}, the text rules in
 * {@link uk.bcf.ledger.command.rules}, and the command interceptors whose order {@link uk.bcf.ledger.command.config}
 * states (access, idempotency, metrics). Every refusal is a {@link uk.bcf.ledger.shared.refusal.Refusal} of the
 * vocabulary both services share, answered as problem+json by {@code service-security}'s
 * {@link uk.bcf.ledger.security.problem.ProblemExceptionHandler}.
 */
package uk.bcf.ledger.command;
