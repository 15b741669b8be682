package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.period.Period;

/** Withdraws an actual so that it no longer counts; a reason is required. When {@code expectedVersion}
 * is given (from an {@code If-Match} header) and the figure has moved on, the change is refused. */
public record WithdrawActualCommand(
        String boardCode, String metric, Period period, String reason, Integer expectedVersion, String recordedBy)
        implements FigureCommand {}
