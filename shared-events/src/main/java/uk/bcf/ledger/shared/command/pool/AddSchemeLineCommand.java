package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.SchemeLine;

/** Adds a scheme line to the plan; the pool names it ({@code L<n>}). */
public record AddSchemeLineCommand(String boardCode, FinancialYear year, SchemeLine line, String recordedBy)
        implements PoolCommand {}
