package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.report.SampleReports.commentary;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's CSV has a line per table cell and statement, safe to open in a spreadsheet. */
class QuarterlyReportCsvTest {

    private final QuarterlyReportCsv csv = new QuarterlyReportCsv();

    @Test
    void writesALinePerCellWithItsValueAndNote() {
        String written = csv.write(SampleReports.bromley(List.of()));

        assertThat(written)
                .startsWith("board,financial_year,quarters,metric,row,column,value,note\r\n")
                .contains("E09000006,2019-20,Q1-Q2,NEL,Sep-19,actual,,Published in Nov 19\r\n")
                .contains("E09000006,2019-20,Q1-Q2,NEL,Sep-19,quarter_actual,4585,Jul & Aug\r\n")
                .contains("E09000006,2019-20,Q1-Q2,NEL,Jun-19,variance,-114,\r\n")
                .contains("E09000006,2019-20,Q1-Q2,REABLEMENT_91,actual,Q1,98.6,73/74\r\n")
                .contains("E09000006,2019-20,Q1-Q2,RES_ADM_65,judgement,status,Not on track,");
    }

    @Test
    void aCommentaryThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        String written = csv.write(SampleReports.bromley(
                List.of(commentary("NEL", "2019-20-Q1", "=HYPERLINK(\"http://example.invalid\",\"click\")"))));

        assertThat(written)
                .contains("E09000006,2019-20,Q1-Q2,NEL,2019-20-Q1,commentary,"
                        + "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\",\r\n")
                .doesNotContain(",=HYPERLINK");
    }
}
