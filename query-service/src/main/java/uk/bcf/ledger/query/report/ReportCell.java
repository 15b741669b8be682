package uk.bcf.ledger.query.report;

import java.util.Objects;

/**
 * One cell of a report table, as shown and as exported.
 *
 * @param text  what the page shows, e.g. {@code 4585 (Jul & Aug)}; empty for an empty cell
 * @param value the number alone for CSV, e.g. {@code 4585}, or null when there is none
 * @param note  what qualifies or replaces the number, e.g. {@code Jul & Aug} or {@code Published in Nov 19}
 */
public record ReportCell(String text, String value, String note) {

    static final ReportCell EMPTY = new ReportCell("", null, null);

    public ReportCell {
        Objects.requireNonNull(text, "text");
    }

    /** A cell with words and no number. */
    static ReportCell noteOnly(String note) {
        return new ReportCell(note, null, note);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
