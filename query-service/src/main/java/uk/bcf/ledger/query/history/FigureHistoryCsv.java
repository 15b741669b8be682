package uk.bcf.ledger.query.history;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.bcf.ledger.query.http.CsvCells;

/**
 * Writes a figure's history as CSV with {@link CsvCells}: a header line, then one line per version, oldest first. The
 * columns after {@code discrepancy} ({@code rate}, {@code percent}, {@code mean}: the figure as printed, when given
 * so) were added after the others, so a reader of the earlier columns reads them unchanged.
 */
final class FigureHistoryCsv {

    private static final List<String> HEADER = List.of(
            "board",
            "kind",
            "metric",
            "period",
            "version",
            "change",
            "value",
            "numerator",
            "denominator",
            "per_day",
            "withdrawn",
            "restatement",
            "recorded_by",
            "recorded_at",
            "superseded_at",
            "source",
            "reason",
            "published_value",
            "computed_value",
            "discrepancy",
            "rate",
            "percent",
            "mean");

    String write(FigureHistoryView history) {
        StringBuilder csv = new StringBuilder(CsvCells.line(HEADER));
        for (FigureVersionView version : history.versions()) {
            csv.append(CsvCells.line(Arrays.asList(
                    history.board(),
                    history.kind().code(),
                    history.metric(),
                    history.period(),
                    String.valueOf(version.version()),
                    version.change(),
                    CsvCells.number(version.value()),
                    CsvCells.number(version.numerator()),
                    CsvCells.number(version.denominator()),
                    CsvCells.number(version.perDay()),
                    String.valueOf(version.withdrawn()),
                    String.valueOf(version.restatement()),
                    version.recordedBy(),
                    instant(version.recordedAt()),
                    instant(version.supersededAt()),
                    version.source(),
                    version.reason(),
                    CsvCells.number(version.publishedValue()),
                    CsvCells.number(version.computedValue()),
                    version.discrepancy() == null ? null : String.valueOf(version.discrepancy()),
                    CsvCells.number(version.rate()),
                    CsvCells.number(version.percent()),
                    CsvCells.number(version.mean()))));
        }
        return csv.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
