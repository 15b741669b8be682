package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.period.Period;

/** Withdraws an actual so that it no longer counts; a reason is required. */
public record WithdrawActualCommand(
        String boardCode,
        String metric,
        Period period,
        String reason,
        String recordedBy) implements FigureCommand {
}
