package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Replaces an actual with a corrected version; a reason is required. When {@code expectedVersion}
 * is given (from an {@code If-Match} header) and the figure has moved on, the change is refused. */
public record CorrectActualCommand(
        String boardCode,
        String metric,
        Period period,
        Measurement measurement,
        String source,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements FigureCommand {}
