package uk.bcf.ledger.query.projection;

/**
 * One of the projection's write statements (named parameters) and the stage of a batch it runs in. A batch runs
 * its statements stage by stage, each stage's statements in the order the events asked for them, so that a row
 * another statement reads (the version a withdrawal copies, the version a note annotates) is always written
 * first. Within a stage the order does not change the outcome: inserts are insert-if-absent and closing an
 * earlier version keeps the earliest later {@code system_from}.
 *
 * @param stage when in a batch the statement runs
 * @param sql   the statement, with named parameters
 */
record ProjectionStatement(Stage stage, String sql) {

    /** The stages of a batch, in the order they run. */
    enum Stage {
        /** Rows written from the event alone: boards, sign-offs, versions of figures, populations, commentary. */
        NEW_ROWS,
        /** Rows copied in part from an earlier version: a withdrawal carries the withdrawn components. */
        ROWS_FROM_EARLIER_ROWS,
        /** Earlier versions closed at a later version's system time. */
        CLOSING_EARLIER_ROWS,
        /** Notes on versions written before: published figures. */
        NOTES
    }

    static ProjectionStatement newRows(String sql) {
        return new ProjectionStatement(Stage.NEW_ROWS, sql);
    }

    static ProjectionStatement rowsFromEarlierRows(String sql) {
        return new ProjectionStatement(Stage.ROWS_FROM_EARLIER_ROWS, sql);
    }

    static ProjectionStatement closingEarlierRows(String sql) {
        return new ProjectionStatement(Stage.CLOSING_EARLIER_ROWS, sql);
    }

    static ProjectionStatement notes(String sql) {
        return new ProjectionStatement(Stage.NOTES, sql);
    }
}
