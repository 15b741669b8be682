package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;

/** Withdraws a scheme line from the plan; a reason is required. */
public record WithdrawSchemeLineCommand(
        String boardCode, FinancialYear year, String lineId, String reason, Integer expectedVersion, String recordedBy)
        implements PoolCommand {}
