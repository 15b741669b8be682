package uk.bcf.ledger.query.spc;

/**
 * The XmR analysis of a board's monthly actuals of a metric.
 *
 * @param board    the board's code
 * @param metric   the metric's code
 * @param analysis the chart's mean, limits, points with their special causes, variation and assurance
 */
public record SpcView(String board, String metric, SpcResult analysis) {}
