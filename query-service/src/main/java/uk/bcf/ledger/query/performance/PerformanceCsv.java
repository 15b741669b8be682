package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.bcf.ledger.shared.query.PerformanceRow;
import uk.bcf.ledger.shared.query.PerformanceView;

/**
 * Writes a performance view as CSV (RFC 4180): a header line, then one line per row, every line ended by CRLF.
 * Numbers are written as plain decimals, absent values as empty cells, the months reported separated by
 * {@code ;}, and a field is quoted only when it contains a comma, a quote or a line break.
 */
public final class PerformanceCsv {

    private static final String LINE_END = "\r\n";
    private static final List<String> HEADER = List.of("board", "metric", "period", "value", "numerator",
            "denominator", "months_reported", "complete", "plan", "variance", "variance_pct", "status");

    /** The view as CSV text, header first. */
    public String write(PerformanceView view) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (PerformanceRow row : view.rows()) {
            csv.append(line(Stream.of(
                    view.board(),
                    row.metric(),
                    row.period(),
                    number(row.value()),
                    number(row.numerator()),
                    number(row.denominator()),
                    String.join(";", row.monthsReported()),
                    String.valueOf(row.complete()),
                    number(row.plan()),
                    number(row.variance()),
                    number(row.variancePct()),
                    row.status().code())));
        }
        return csv.toString();
    }

    private static String line(Stream<String> fields) {
        return fields.map(PerformanceCsv::field).collect(Collectors.joining(",")) + LINE_END;
    }

    private static String number(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    private static String number(Long number) {
        return number == null ? "" : number.toString();
    }

    private static String field(String text) {
        if (text == null) {
            return "";
        }
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
