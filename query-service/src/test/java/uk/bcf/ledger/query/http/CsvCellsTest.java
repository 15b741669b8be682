package uk.bcf.ledger.query.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spreadsheet-safe CSV cells: formulas neutralised, numbers kept, RFC 4180 quoting. */
class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=SUM(A1)    | '=SUM(A1)",
                "-114        | -114",
                "-1.7        | -1.7",
                "6475        | 6475",
                "-x          | '-x",
                "+1          | '+1",
                "@user       | '@user",
                "-2+3        | '-2+3",
                "on_track    | on_track",
                "E09000006   | E09000006"
            })
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormulaButNotNumbers(String text, String written) {
        assertThat(CsvCells.cell(text)).isEqualTo(written);
    }

    @Test
    void neutralisesLeadingTabsAndCarriageReturnsThenQuotes() {
        assertThat(CsvCells.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void quotesOnlyCellsWithACommaQuoteOrLineBreak() {
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvCells.cell("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(CsvCells.cell("plain text")).isEqualTo("plain text");
    }

    @Test
    void writesAbsentValuesAsEmptyCellsAndEndsLinesWithCrlf() {
        assertThat(CsvCells.line(Arrays.asList("a", null, "", "-114"))).isEqualTo("a,,,-114\r\n");
    }
}
