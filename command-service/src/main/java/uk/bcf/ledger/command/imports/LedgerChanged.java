package uk.bcf.ledger.command.imports;

import uk.bcf.ledger.shared.imports.ImportResult;

/**
 * A ledger refused, when asked to apply, rows it had accepted in the preview: someone changed its figures in
 * between. Thrown inside the import's transaction, so everything the import stored is rolled back.
 */
class LedgerChanged extends RuntimeException {

    private final transient ImportResult result;

    LedgerChanged(ImportResult result) {
        super(result.aggregateId() + " changed between the preview and the apply");
        this.result = result;
    }

    ImportResult result() {
        return result;
    }
}
