package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.period.Period;

/**
 * Writes the narrative for a metric and quarter (or year) of a board's report; writing again makes a new version.
 * When {@code expectedVersion} is given (from {@code If-Match}) and the commentary has moved on, it is refused.
 */
public record WriteCommentaryCommand(
        String boardCode, String metric, Period period, String text, Integer expectedVersion, String recordedBy)
        implements FigureCommand {}
