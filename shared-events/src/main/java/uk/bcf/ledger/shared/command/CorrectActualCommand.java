package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Replaces an actual with a corrected version; a reason is required. */
public record CorrectActualCommand(
        String boardCode,
        String metric,
        Period period,
        Measurement measurement,
        String source,
        String reason,
        String recordedBy) implements FigureCommand {
}
