package uk.bcf.ledger.query.projection;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * The current (non-withdrawn) version of one plan or actual of a board.
 *
 * @param metric      metric code
 * @param period      the period the figure was posted for
 * @param measurement its components in the canonical form of the metric's shape
 */
public record CurrentFigure(String metric, Period period, Measurement measurement) {}
