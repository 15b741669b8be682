package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/** Withdraws a quarter's spend; a reason is required. */
public record WithdrawSpendCommand(
        String boardCode,
        FinancialYear year,
        String lineId,
        Period period,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements PoolCommand {}
