package uk.bcf.ledger.command.pool;

import java.util.List;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.shared.pool.PoolEvent;

/**
 * A pool's decision on an import's rows: the events the new and changed rows make, in order, and every row's
 * outcome. It is clean when no row is refused; only a clean import is stored.
 */
record PoolImportResult(List<PoolEvent> events, List<PoolImportOutcome> outcomes) {

    boolean clean() {
        return outcomes.stream().noneMatch(outcome -> outcome.status() == ImportStatus.REFUSED);
    }
}
