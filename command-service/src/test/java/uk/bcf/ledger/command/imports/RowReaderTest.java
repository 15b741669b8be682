package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/** The cells of a row as spreadsheets write them, and a refusal naming the line and column of a cell that is wrong. */
class RowReaderTest {

    private static final String BROMLEY = "E09000006";
    private final RowReader intoBromley = new RowReader(BROMLEY, "file reason");

    private static CsvLine line(
            long line,
            String board,
            String metric,
            String period,
            String kind,
            String value,
            String numerator,
            String denominator,
            String perDay,
            String reason,
            String published) {
        return new CsvLine(
                line,
                List.of(
                        board,
                        metric,
                        period,
                        kind,
                        value,
                        numerator,
                        denominator,
                        perDay,
                        " SUS ",
                        reason,
                        published));
    }

    @Test
    void readsThousandsSeparatorsAndTakesTheFilesBoardWhenTheCellIsBlank() {
        FileRow row = intoBromley.read(line(2, "", "NEL", "2019-04", "actual", "2,134", "", "", "", "", " 2,134 "));

        assertThat(row.readable()).isTrue();
        assertThat(row.board()).isEqualTo(BROMLEY);
        assertThat(row.figure().kind()).isEqualTo(FigureKind.ACTUAL);
        assertThat(row.figure().period()).isEqualTo(Periods.parse("2019-04"));
        assertThat(row.figure().measurement())
                .isEqualTo(new Measurement(new BigDecimal("2134"), null, null, null, null, null, null));
        assertThat(row.figure().source()).isEqualTo("SUS");
        assertThat(row.figure().publishedValue()).isEqualByComparingTo("2134");
    }

    @Test
    void readsAFractionInValueAsNumeratorAndDenominatorAndAPercentageAsItsNumber() {
        FileRow row = intoBromley.read(
                line(3, BROMLEY, "REABLEMENT_91", "2019-20-Q1", "Actual", "73/74", "", "", "", "", "98.6%"));

        assertThat(row.figure().measurement()).isEqualTo(Measurement.ratio(73, 74));
        assertThat(row.fractionInValue()).isTrue();
        assertThat(row.figure().publishedValue()).isEqualByComparingTo("98.6");
    }

    @Test
    void readsNumeratorsDenominatorsAndDailyRatesWithSeparators() {
        FileRow row =
                intoBromley.read(line(4, "", "RES_ADM_65", "2019-20", "plan", "", "245", "57,626", "", "", "425.0"));
        FileRow daily = intoBromley.read(line(5, "", "DTOC", "2019-20", "plan", "", "", "", "12.50", "", ""));

        assertThat(row.figure().measurement()).isEqualTo(Measurement.ratio(245, 57_626));
        assertThat(daily.figure().measurement()).isEqualTo(Measurement.perDay(new BigDecimal("12.50")));
    }

    @Test
    void aBlankReasonTakesTheFilesReason() {
        assertThat(intoBromley
                        .read(line(2, "", "NEL", "2019-04", "actual", "1", "", "", "", "", ""))
                        .figure()
                        .reason())
                .isEqualTo("file reason");
        assertThat(intoBromley
                        .read(line(2, "", "NEL", "2019-04", "actual", "1", "", "", "", "row reason", ""))
                        .figure()
                        .reason())
                .isEqualTo("row reason");
    }

    @Test
    void refusesACellThatIsNoNumberNamingItsLineAndColumn() {
        assertRefused(
                intoBromley.read(line(7, "", "NEL", "2019-04", "actual", "2.134,5", "", "", "", "", "")), 7, "value");
        assertRefused(
                intoBromley.read(line(8, "", "NEL", "2019-04", "actual", "21,34", "", "", "", "", "")), 8, "value");
        assertRefused(
                intoBromley.read(line(9, "", "REABLEMENT_91", "2019-20", "plan", "", "446.5", "495", "", "", "")),
                9,
                "numerator");
        assertRefused(
                intoBromley.read(line(10, "", "REABLEMENT_91", "2019-20", "plan", "446/", "", "", "", "", "")),
                10,
                "value");
        assertRefused(
                intoBromley.read(line(11, "", "REABLEMENT_91", "2019-20", "plan", "", "", "", "", "", "about 90%")),
                11,
                "published_value");
    }

    @Test
    void refusesAFractionTogetherWithANumeratorColumn() {
        assertRefused(
                intoBromley.read(line(2, "", "REABLEMENT_91", "2019-20", "plan", "446/495", "446", "", "", "", "")),
                2,
                "value");
    }

    @Test
    void refusesAnUnknownKindAMalformedPeriodAndAnotherBoard() {
        assertRefused(intoBromley.read(line(2, "", "NEL", "2019-04", "target", "1", "", "", "", "", "")), 2, "kind");
        assertRefused(intoBromley.read(line(3, "", "NEL", "2019-4", "actual", "1", "", "", "", "", "")), 3, "period");
        assertRefused(
                intoBromley.read(line(4, "E09000003", "NEL", "2019-04", "actual", "1", "", "", "", "", "")),
                4,
                "board");
        assertRefused(
                new RowReader(null, null).read(line(5, "", "NEL", "2019-04", "actual", "1", "", "", "", "", "")),
                5,
                "board");
    }

    @Test
    void refusesMarkupInTheSourceOrReasonOfANewRowThoughNoReasonWouldBeKept() {
        assertRefused(
                intoBromley.read(new CsvLine(
                        2,
                        List.of("", "NEL", "2019-04", "actual", "1", "", "", "", "<script>alert(1)</script>", "", ""))),
                2,
                "source");
        assertRefused(
                intoBromley.read(
                        line(3, "", "NEL", "2019-04", "actual", "1", "", "", "", "<img src=x onerror=alert(1)>", "")),
                3,
                "reason");
    }

    @Test
    void refusesAFileReasonWithMarkupBeforeReadingAnyRow() {
        assertThatThrownBy(() -> new RowReader(BROMLEY, "</textarea><script>alert(1)</script>"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("reason"));
    }

    @Test
    void keepsSqlInATextCellAsPlainText() {
        String sql = "'); drop table event_store.domain_event_entry; --";

        assertThat(intoBromley
                        .read(line(2, "", "NEL", "2019-04", "actual", "1", "", "", "", sql, ""))
                        .figure()
                        .reason())
                .isEqualTo(sql);
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        FileRow row = intoBromley.read(new CsvLine(6, List.of(BROMLEY, "NEL", "2019-04", "actual", "2134")));

        assertThat(row.readable()).isFalse();
        assertThat(row.line()).isEqualTo(6);
        assertThat(row.problem()).contains("has 5 cells");
    }

    private static void assertRefused(FileRow row, long line, String column) {
        assertThat(row.readable()).as("line %d", line).isFalse();
        assertThat(row.line()).isEqualTo(line);
        assertThat(row.column()).isEqualTo(column);
        assertThat(row.problem()).isNotBlank();
    }
}
