package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.Contribution;

/** Records a new funding contribution; the pool names it ({@code C<n>}). */
public record RecordContributionCommand(
        String boardCode, FinancialYear year, Contribution contribution, String recordedBy) implements PoolCommand {}
