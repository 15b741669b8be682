package uk.bcf.ledger.command.figures;

import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * A board's locally chosen metric is that board's alone: no other board records plans, actuals, corrections,
 * withdrawals or commentary of it. A national metric is every board's.
 */
final class LocalMetricPolicy {

    private LocalMetricPolicy() {}

    /**
     * @throws Refusal 400 on {@code metric} when the metric is another board's local metric
     */
    static void checkBoard(MetricDefinition metric, String boardCode) {
        if (!metric.appliesTo(boardCode)) {
            throw Refusal.invalid(
                    "metric",
                    metric.code() + " is a local metric of board " + metric.boardCode() + " only; board " + boardCode
                            + " cannot record figures or commentary of it");
        }
    }
}
