package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.Spend;

/** Replaces a quarter's spend with a corrected version; a reason is required. */
public record CorrectSpendCommand(
        String boardCode,
        FinancialYear year,
        String lineId,
        Period period,
        Spend spend,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements PoolCommand {}
