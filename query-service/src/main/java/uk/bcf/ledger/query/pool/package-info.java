/**
 * The pooled budget read: {@code GET /api/boards/{code}/pool/{fy}} (JSON, CSV) and
 * {@code GET /api/boards/{code}/pool/{fy}/lines/{lineId}/history}, as of any moment.
 *
 * <p>Pipeline, in order: {@link uk.bcf.ledger.query.pool.PoolController} → {@code FetchPoolQuery} on the query bus
 * ({@code ViewGateway}) → {@link uk.bcf.ledger.query.pool.PoolQueryHandler}, which resolves the moment and reads the
 * entries in force then ({@link uk.bcf.ledger.query.pool.PoolEntriesLoader} over {@code PoolEntryRepository}) →
 * {@link uk.bcf.ledger.query.pool.PoolCalculator}, plain Java: the lines' spend ({@code PoolLineFactory}), sums by
 * source, the national conditions and the checks ({@code BalanceRule}, {@code NationalConditionRule},
 * {@code OtherSpendRule}) → {@link uk.bcf.ledger.query.pool.PoolView} → JSON, or {@code PoolCsv}. The board report's
 * finance section computes the same view with the same calculator.
 */
package uk.bcf.ledger.query.pool;
