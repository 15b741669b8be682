package uk.bcf.ledger.command.pool;

import java.util.List;

/**
 * A pool's answer to an import: where its last event now sits ({@code lastSequence}), how many events the import
 * stored (none for a preview or a refused file) and every row's outcome.
 */
record PoolImportAnswer(String poolId, long lastSequence, int stored, List<PoolImportOutcome> outcomes) {}
