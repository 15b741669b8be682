package uk.bcf.ledger.query.performance;

import java.util.List;

/** A board's plan-versus-actual view of one financial year: rows per metric for months, quarters and the year. */
public record PerformanceView(String board, String boardName, String financialYear, List<PerformanceRow> rows) {

    public PerformanceView {
        rows = List.copyOf(rows);
    }
}
