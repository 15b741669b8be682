package uk.bcf.ledger.benchmark.dataset;

/**
 * An actual withdrawn after validation.
 *
 * @param board  the board's code
 * @param metric the metric code
 * @param period the period's code
 * @param reason why it was withdrawn
 */
public record Withdrawal(String board, String metric, String period, String reason) {}
