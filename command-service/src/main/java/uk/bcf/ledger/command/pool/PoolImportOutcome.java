package uk.bcf.ledger.command.pool;

import uk.bcf.ledger.command.imports.ImportStatus;

/**
 * What an import does with one row: adds an entry ({@code new}, with the ID it gets), corrects the entry it names
 * ({@code changed}), leaves an identical entry alone ({@code unchanged}), or refuses the row ({@code refused}, why).
 */
record PoolImportOutcome(long line, String record, String id, ImportStatus status, String reason) {}
