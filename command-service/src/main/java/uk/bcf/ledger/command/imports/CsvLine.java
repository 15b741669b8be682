package uk.bcf.ledger.command.imports;

import java.util.List;

/**
 * One data record of an import file.
 *
 * @param line   the line of the file the record starts on
 * @param cells  its cells, as written
 * @param header the file's columns: {@link ImportColumns#HEADER}, perhaps followed by optional columns
 */
record CsvLine(long line, List<String> cells, List<String> header) {

    CsvLine {
        cells = List.copyOf(cells);
        header = List.copyOf(header);
    }

    /** A record of a file with exactly the required columns. */
    CsvLine(long line, List<String> cells) {
        this(line, cells, ImportColumns.HEADER);
    }

    /** The cell of a column, or null when the file has no such column or the record is too short to have it. */
    String cell(String column) {
        int index = header.indexOf(column);
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }
}
