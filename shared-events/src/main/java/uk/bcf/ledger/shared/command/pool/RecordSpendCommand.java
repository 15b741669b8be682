package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.Spend;

/** Records a line's spend in one quarter of the pool's year. */
public record RecordSpendCommand(
        String boardCode, FinancialYear year, String lineId, Period period, Spend spend, String recordedBy)
        implements PoolCommand {}
