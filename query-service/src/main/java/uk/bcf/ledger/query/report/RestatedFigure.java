package uk.bcf.ledger.query.report;

/**
 * A figure of the report's year changed since the sign-off: what the board was shown and what stands now.
 *
 * @param metric    the metric's code
 * @param figure    which figure, e.g. {@code actual Aug-19}
 * @param was       the value as signed off
 * @param now       the value now, or {@code withdrawn}
 * @param reason    why it changed, as recorded
 * @param changedOn the date of the change
 */
public record RestatedFigure(String metric, String figure, String was, String now, String reason, String changedOn) {}
