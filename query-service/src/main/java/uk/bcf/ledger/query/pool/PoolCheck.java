package uk.bcf.ledger.query.pool;

/**
 * One check of a pool, with its outcome and why, in words that state the inputs.
 *
 * @param name   such as {@code BALANCE_DFG}, {@code NC2}, {@code NC3}, {@code OTHER_SPEND}, {@code NC2_UNDERSPEND}
 * @param result pass, fail, warning or not assessed
 * @param reason why, with the amounts compared
 */
public record PoolCheck(String name, CheckResult result, String reason) {}
