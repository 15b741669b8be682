package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.bcf.ledger.query.http.CsvCells;

/**
 * Writes a quarterly report as CSV with {@link CsvCells}, one line per table cell and per statement:
 * {@code board,financial_year,quarters,metric,row,column,value,note}. Beside each metric's table cells come its
 * target ({@code target,statement}), sources ({@code source,actuals}), judgement ({@code judgement,status}) and
 * commentary ({@code <period>,commentary}); restated figures come first ({@code restated,<figure>}).
 */
final class QuarterlyReportCsv {

    private static final List<String> HEADER =
            List.of("board", "financial_year", "quarters", "metric", "row", "column", "value", "note");

    String write(QuarterlyReportView report) {
        ReportHeader header = report.header();
        StringBuilder csv = new StringBuilder(CsvCells.line(HEADER));
        List<List<String>> lines = new ArrayList<>();
        header.restatements()
                .figures()
                .forEach(figure -> lines.add(Arrays.asList(
                        figure.metric(),
                        "restated",
                        figure.figure(),
                        figure.now(),
                        "was " + figure.was() + ": " + figure.reason())));
        report.sections().forEach(section -> lines.addAll(linesOf(section)));
        for (List<String> line : lines) {
            List<String> cells =
                    new ArrayList<>(List.of(header.boardCode(), header.financialYear(), header.quarterRange()));
            cells.addAll(line);
            csv.append(CsvCells.line(cells));
        }
        return csv.toString();
    }

    private static List<List<String>> linesOf(MetricSection section) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(Arrays.asList(section.code(), "target", "statement", section.target(), null));
        ReportTable table = section.table();
        for (ReportRow row : table.rows()) {
            for (int index = 0; index < row.cells().size(); index++) {
                ReportCell cell = row.cells().get(index);
                if (!cell.isEmpty()) {
                    lines.add(Arrays.asList(
                            section.code(),
                            row.key(),
                            table.columns().get(index).key(),
                            cell.value(),
                            cell.note()));
                }
            }
        }
        lines.add(Arrays.asList(section.code(), "source", "actuals", section.sources(), null));
        lines.add(Arrays.asList(
                section.code(),
                "judgement",
                "status",
                section.judgement().verdict(),
                section.judgement().basis()));
        section.commentary()
                .forEach(block -> lines.add(Arrays.asList(
                        section.code(), block.period(), "commentary", String.join("\n\n", block.paragraphs()), null)));
        return lines;
    }
}
