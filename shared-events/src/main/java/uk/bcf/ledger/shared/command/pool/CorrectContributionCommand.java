package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.Contribution;

/** Replaces a contribution with a corrected version; a reason is required. */
public record CorrectContributionCommand(
        String boardCode,
        FinancialYear year,
        String contributionId,
        Contribution contribution,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements PoolCommand {}
