package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Reading an import file as spreadsheets export it, and refusing a file that cannot be one. */
class ImportCsvTest {

    static final String HEADER =
            "board,metric,period,kind,value,numerator,denominator,per_day,source,reason,published_value";

    private static List<CsvLine> read(String text) {
        return ImportCsv.read(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void readsAFileWithAByteOrderMarkAndCrlfLineEnds() {
        List<CsvLine> rows = read("\uFEFF" + HEADER + "\r\nE09000006,NEL,2019-04,actual,2134,,,,SUS,,\r\n");

        assertThat(rows)
                .containsExactly(new CsvLine(
                        2, List.of("E09000006", "NEL", "2019-04", "actual", "2134", "", "", "", "SUS", "", "")));
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedCellsAndCountsLinesFromWhereEachRowStarts() {
        List<CsvLine> rows = read(HEADER + "\n"
                + "E09000006,NEL,2019-04,actual,\"2,134\",,,,\"SUS, April extract\",\"said \"\"final\"\"\nafter validation\",\n"
                + "E09000006,NEL,2019-05,actual,2249,,,,,,\n");

        assertThat(rows).extracting(CsvLine::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).cell(ImportColumns.VALUE)).isEqualTo("2,134");
        assertThat(rows.get(0).cell(ImportColumns.SOURCE)).isEqualTo("SUS, April extract");
        assertThat(rows.get(0).cell(ImportColumns.REASON)).isEqualTo("said \"final\"\nafter validation");
    }

    @Test
    void leavesOutEmptyLinesAndRowsOfEmptyCellsButKeepsTheLineNumbersOfTheRest() {
        List<CsvLine> rows = read(HEADER + "\n\n,,,,,,,,,,\nE09000006,NEL,2019-04,actual,2134,,,,,,");

        assertThat(rows).extracting(CsvLine::line).containsExactly(4L);
    }

    @Test
    void refusesAnotherHeaderNamingTheExpectedOne() {
        assertThatThrownBy(() -> read("board,metric,period,type,value\nE09000006,NEL,2019-04,actual,2134\n"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("file");
                    assertThat(refusal.reason()).contains(HEADER);
                });
    }

    @Test
    void refusesAnEmptyFileNamingTheExpectedHeader() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.reason()).contains(HEADER));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 =
                (HEADER + "\nE09000006,NEL,2019-04,actual,2134,,,,Südwest,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ImportCsv.read(latin1, 100))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.reason()).contains("UTF-8"));
    }

    @Test
    void refusesAQuotedCellThatIsNeverClosed() {
        assertThatThrownBy(() -> read(HEADER + "\nE09000006,NEL,2019-04,actual,\"2134,,,,,,\n"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("file"));
    }

    @Test
    void refusesMoreRowsThanTheLimitAsTooLarge() {
        String twoRows = HEADER + "\nE09000006,NEL,2019-04,actual,1,,,,,,\nE09000006,NEL,2019-05,actual,1,,,,,,\n";

        assertThat(ImportCsv.read(twoRows.getBytes(StandardCharsets.UTF_8), 2)).hasSize(2);
        assertThatThrownBy(() -> ImportCsv.read(twoRows.getBytes(StandardCharsets.UTF_8), 1))
                .isInstanceOfSatisfying(Refusal.class, tooLarge -> {
                    assertThat(tooLarge.kind()).isEqualTo(RefusalKind.TOO_LARGE);
                    assertThat(tooLarge.reason()).contains("more than 1 rows");
                });
    }
}
