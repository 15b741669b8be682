/**
 * The pooled budget's contract between the services: the events of a board's pool for one financial year and the
 * values they carry. Funding contributions by {@link uk.bcf.ledger.shared.pool.FundingSource source}, the
 * {@link uk.bcf.ledger.shared.pool.NationalMinimums national-condition minimums} (NC2, NC3), the
 * {@link uk.bcf.ledger.shared.pool.SchemeLine scheme lines} of the plan and the quarterly
 * {@link uk.bcf.ledger.shared.pool.Spend spend} against each line. Every amount is exact ({@link java.math.BigDecimal}),
 * stored as entered with its {@link uk.bcf.ledger.shared.pool.AmountUnit unit}; {@link uk.bcf.ledger.shared.pool.AmountUnit#pounds}
 * turns it into pounds without rounding.
 *
 * <p>Pipeline: command service ({@code uk.bcf.ledger.command.pool}: request → command → {@code Pool} aggregate →
 * {@code PoolLedger} and its policies → one of these events) → event store → query service
 * ({@code PoolProjection} → {@code pool_entry_version} → {@code uk.bcf.ledger.query.pool}).
 */
package uk.bcf.ledger.shared.pool;
