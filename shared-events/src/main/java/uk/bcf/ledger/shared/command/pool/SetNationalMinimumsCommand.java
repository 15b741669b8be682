package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.NationalMinimums;

/** Sets the NC2 and NC3 minimums; changing minimums already set needs a reason. */
public record SetNationalMinimumsCommand(
        String boardCode,
        FinancialYear year,
        NationalMinimums minimums,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements PoolCommand {}
