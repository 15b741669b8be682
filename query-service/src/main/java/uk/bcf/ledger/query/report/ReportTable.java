package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * A table of a metric's figures: a heading column of row headings, then one cell per column in every row.
 *
 * @param caption    what the table shows
 * @param rowHeading the heading of the row-heading column, e.g. {@code Month}
 * @param columns    the data columns, in order
 * @param rows       the rows, each with one cell per column
 */
public record ReportTable(String caption, String rowHeading, List<ReportColumn> columns, List<ReportRow> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (ReportRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.key() + " has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
