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
        if (report.finance() != null) {
            lines.addAll(linesOf(report.finance()));
        }
        for (List<String> line : lines) {
            List<String> cells =
                    new ArrayList<>(List.of(header.boardCode(), header.financialYear(), header.quarterRange()));
            cells.addAll(line);
            csv.append(CsvCells.line(cells));
        }
        return csv.toString();
    }

    /**
     * The finance section under the metric {@code FINANCE}: each statement, then each table's cells with the scheme
     * as row and the column's heading as column, the commissioner (or outturn basis) as note.
     */
    private static List<List<String>> linesOf(FinanceSection finance) {
        List<List<String>> lines = new ArrayList<>();
        finance.carryForward()
                .forEach(statement ->
                        lines.add(Arrays.asList("FINANCE", "carry-forward", "statement", statement, null)));
        for (FinanceTable table : List.of(finance.budget(), finance.ibcf(), finance.spend())) {
            for (FinanceRow row : concat(table.rows(), table.totals())) {
                for (int index = 0; index < table.columns().size(); index++) {
                    String amount = row.amounts().get(index);
                    if (amount != null) {
                        lines.add(Arrays.asList(
                                "FINANCE",
                                table.caption() + ": " + row.label(),
                                table.columns().get(index),
                                amount.replace(",", ""),
                                row.party()));
                    }
                }
            }
        }
        finance.checks().forEach(check -> lines.add(Arrays.asList("FINANCE", "check", "result", check, null)));
        return lines;
    }

    private static List<FinanceRow> concat(List<FinanceRow> rows, List<FinanceRow> totals) {
        List<FinanceRow> all = new ArrayList<>(rows);
        all.addAll(totals);
        return all;
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
