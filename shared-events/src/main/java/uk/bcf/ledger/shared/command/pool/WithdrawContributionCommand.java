package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;

/** Withdraws a contribution; a reason is required. */
public record WithdrawContributionCommand(
        String boardCode,
        FinancialYear year,
        String contributionId,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements PoolCommand {}
