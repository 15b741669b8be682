package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Replaces a plan with a new version; a reason is required. */
public record RevisePlanCommand(
        String boardCode,
        String metric,
        Period period,
        Measurement measurement,
        String source,
        String reason,
        String recordedBy) implements FigureCommand {
}
