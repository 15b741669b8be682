/**
 * How the command service is assembled around Axon: the command interceptors in the order they run
 * ({@link uk.bcf.ledger.command.config.CommandInterceptorChain}, which says why each stands where it does), the
 * aggregate caches, the clock and metric catalogue the ledgers are given, and the board directory's processing
 * group (errors roll the command back; no meters).
 *
 * <p>The path of every command through the bus, in order: {@code CallerDispatchInterceptor} (at dispatch) → unit of
 * work and transaction → Axon's {@code CorrelationDataInterceptor} → {@code CommandMetricsInterceptor} →
 * {@code BoardAccessInterceptor} → {@code IdempotencyInterceptor} → {@code KnownBoardInterceptor} → the aggregate
 * ({@code MetricYear} or {@code Board}) → events appended, committed with the transaction.
 */
package uk.bcf.ledger.command.config;
