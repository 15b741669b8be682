package uk.bcf.ledger.query.performance;

import java.util.Arrays;
import java.util.List;
import uk.bcf.ledger.query.http.CsvCells;

/**
 * Writes a performance view as CSV with {@link CsvCells}: a header line, then one line per row. Numbers are written
 * as plain decimals, absent values as empty cells, and the months reported separated by {@code ;}.
 */
public final class PerformanceCsv {

    private static final List<String> HEADER = List.of(
            "board",
            "metric",
            "period",
            "value",
            "numerator",
            "denominator",
            "months_reported",
            "complete",
            "plan",
            "variance",
            "variance_pct",
            "status");

    /** The view as CSV text, header first. */
    public String write(PerformanceView view) {
        StringBuilder csv = new StringBuilder(CsvCells.line(HEADER));
        for (PerformanceRow row : view.rows()) {
            csv.append(CsvCells.line(Arrays.asList(
                    view.board(),
                    row.metric(),
                    row.period(),
                    CsvCells.number(row.value()),
                    CsvCells.number(row.numerator()),
                    CsvCells.number(row.denominator()),
                    String.join(";", row.monthsReported()),
                    String.valueOf(row.complete()),
                    CsvCells.number(row.plan()),
                    CsvCells.number(row.variance()),
                    CsvCells.number(row.variancePct()),
                    row.status().code())));
        }
        return csv.toString();
    }
}
