package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * A row of a report table.
 *
 * @param key     its name in CSV, e.g. {@code Sep-19} or {@code actual}
 * @param heading its heading on the page
 * @param cells   one cell per column of the table
 */
public record ReportRow(String key, String heading, List<ReportCell> cells) {

    public ReportRow {
        cells = List.copyOf(cells);
    }
}
