package uk.bcf.ledger.command.pool;

/** The body of a withdrawal from a pool: why. */
record PoolWithdrawalRequest(String reason) {}
