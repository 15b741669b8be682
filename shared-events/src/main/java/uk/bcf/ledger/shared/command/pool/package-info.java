/**
 * The commands that write a board's pooled budget for one financial year, each routed to the pool's aggregate by
 * {@link uk.bcf.ledger.shared.command.pool.PoolId}. Changes ({@code Correct…}, {@code Withdraw…}, a second
 * {@code SetNationalMinimumsCommand}) carry a reason and, from an {@code If-Match} header, the version the client read.
 */
package uk.bcf.ledger.shared.command.pool;
