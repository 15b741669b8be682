package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.SchemeLine;

/** Replaces a scheme line with a corrected version; a reason is required. */
public record CorrectSchemeLineCommand(
        String boardCode,
        FinancialYear year,
        String lineId,
        SchemeLine line,
        String reason,
        Integer expectedVersion,
        String recordedBy)
        implements PoolCommand {}
