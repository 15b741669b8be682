/**
 * What the command side measures of itself beyond Axon's own meters: every command counted by outcome
 * ({@code bcf.commands}) and its board, metric and period in the logging context while it is handled.
 *
 * <p>Pipeline: {@link uk.bcf.ledger.command.metrics.CommandMetricsInterceptor}, the outermost of the command
 * interceptors → the rest of the chain → {@code accepted} counted after commit, or {@code rejected} with the refusal's
 * kind.
 */
package uk.bcf.ledger.command.metrics;
