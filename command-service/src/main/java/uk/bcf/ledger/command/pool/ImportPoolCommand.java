package uk.bcf.ledger.command.pool;

import java.util.List;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.shared.command.pool.PoolCommand;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Asks a pool to classify the rows of an import file and, when applying and no row is refused, to store the new and
 * changed ones with the same rules as single writes. Sent by {@link PoolImportController} only.
 *
 * @param reason the reason of every changed row (a correction of an entry the row names by its ID)
 */
record ImportPoolCommand(
        String boardCode,
        FinancialYear year,
        List<PoolImportRow> rows,
        ImportMode mode,
        String reason,
        String recordedBy)
        implements PoolCommand {

    ImportPoolCommand {
        rows = List.copyOf(rows);
    }
}
