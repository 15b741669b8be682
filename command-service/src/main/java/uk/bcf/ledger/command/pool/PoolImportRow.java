package uk.bcf.ledger.command.pool;

import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.SchemeLine;

/**
 * One data row of a pool import, as read: a contribution or a scheme line, with the ID of the entry it changes when
 * it names one, or the reason it could not be read.
 *
 * @param line         the line of the file the row starts on
 * @param record       {@code contribution} or {@code line}, as the row's first cell says
 * @param id           the contribution's or line's ID it changes; null for a row that matches or adds an entry
 * @param contribution the contribution a {@code contribution} row states
 * @param schemeLine   the line a {@code line} row states
 * @param unreadable   why the row could not be read; null when it was
 */
record PoolImportRow(
        long line, String record, String id, Contribution contribution, SchemeLine schemeLine, String unreadable) {

    static final String CONTRIBUTION = "contribution";
    static final String LINE = "line";
}
