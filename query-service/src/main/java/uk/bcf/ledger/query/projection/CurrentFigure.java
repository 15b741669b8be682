package uk.bcf.ledger.query.projection;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * The current (non-withdrawn) version of one plan or actual of a board.
 *
 * @param metric      metric code
 * @param period      the period the figure was posted for
 * @param measurement its components, or the figure as printed, in the canonical form of the metric's shape
 * @param published   the published figure noted on this version, or {@link PublishedFigure#NONE}
 */
public record CurrentFigure(String metric, Period period, Measurement measurement, PublishedFigure published) {

    /** A current figure with no published figure noted on it. */
    public CurrentFigure(String metric, Period period, Measurement measurement) {
        this(metric, period, measurement, PublishedFigure.NONE);
    }
}
