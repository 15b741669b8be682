package uk.bcf.ledger.command.imports;

import java.util.List;

/**
 * One data record of an import file.
 *
 * @param line  the line of the file the record starts on
 * @param cells its cells, as written
 */
record CsvLine(long line, List<String> cells) {

    CsvLine {
        cells = List.copyOf(cells);
    }

    /** The cell of a column, or null when the record is too short to have it. */
    String cell(String column) {
        int index = ImportColumns.HEADER.indexOf(column);
        return index < cells.size() ? cells.get(index) : null;
    }
}
