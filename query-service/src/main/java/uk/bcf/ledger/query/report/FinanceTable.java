package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * A table of the report's finance section: its caption, its column headings, its rows and its closing rows
 * (totals, the grant, the net), amounts written in the section's unit.
 */
public record FinanceTable(
        String caption, String partyHeading, List<String> columns, List<FinanceRow> rows, List<FinanceRow> totals) {

    public FinanceTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
