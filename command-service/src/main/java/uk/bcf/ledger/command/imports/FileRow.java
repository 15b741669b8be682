package uk.bcf.ledger.command.imports;

/**
 * A data row of an import file: the figure it addresses as written, and either the figure read from it or why it
 * cannot be read.
 *
 * @param figure          the figure read from the row, or null when it cannot be read
 * @param fractionInValue whether the row gave its numerator and denominator as a fraction in {@code value}
 * @param column          the column that cannot be read, or null (also for a row with the wrong number of cells)
 * @param problem         why the row cannot be read, or null when it can
 */
record FileRow(
        long line,
        String board,
        String metric,
        String kind,
        String period,
        ImportedFigure figure,
        boolean fractionInValue,
        String column,
        String problem) {

    boolean readable() {
        return problem == null;
    }

    /** The same row, refused for a reason found after it was read (such as an unknown board). */
    FileRow refused(String refusedColumn, String reason) {
        return new FileRow(line, board, metric, kind, period, null, fractionInValue, refusedColumn, reason);
    }
}
