package uk.bcf.ledger.query.report;

/**
 * One row of a finance table in the report, its amounts already written in the section's unit ({@code 23,854} in
 * £'000); blank cells are null.
 *
 * @param label    the scheme (or the total's name)
 * @param party    the commissioner, or the basis of an outturn; null where the table has no such column
 * @param amounts  the row's amounts in the order of its table's columns
 */
public record FinanceRow(String label, String party, java.util.List<String> amounts) {

    public FinanceRow {
        amounts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
    }
}
