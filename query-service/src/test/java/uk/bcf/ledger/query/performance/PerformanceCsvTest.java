package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

class PerformanceCsvTest {

    private static final String HEADER =
            "board,metric,period,value,numerator,denominator,months_reported,complete,plan,variance,variance_pct,status";

    private final PerformanceCsv csv = new PerformanceCsv();

    @Test
    void writesTheHeaderAndOneCrlfEndedLinePerRow() {
        List<PerformanceRow> rows = new PerformanceCalculator(MetricCatalogue.standard())
                .rows(BromleyFigures.YEAR, BromleyFigures.ACTUALS, BromleyFigures.PLANS, BromleyFigures.POPULATIONS);

        String text = csv.write(new PerformanceView(BromleyFigures.BOARD, "Bromley", "2019-20", rows));

        List<String> lines = List.of(text.split("\r\n"));
        assertThat(text).startsWith(HEADER + "\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines)
                .contains(
                        "E09000006,NEL,2019-20-Q1,6475,,,2019-04;2019-05;2019-06,true,6589,-114,-1.7,on_track",
                        "E09000006,NEL,2019-20-Q2,4585,,,2019-07;2019-08,false,6659,,,incomplete",
                        "E09000006,RES_ADM_65,2019-20-Q1,112.8,65,57626,2019-04;2019-05;2019-06,true,106.3,6.5,6.1,off_track",
                        "E09000006,NEL,2019-20-Q3,,,,,false,,,,no_data");
    }

    @Test
    void quotesOnlyFieldsWithACommaQuoteOrLineBreak() {
        PerformanceRow row = new PerformanceRow(
                "A,\"B\"",
                "2019-20",
                BigDecimal.ONE,
                null,
                null,
                List.of(),
                true,
                null,
                null,
                null,
                PerformanceStatus.NO_PLAN,
                null,
                null);

        String text = csv.write(new PerformanceView("line\nbreak", "Board", "2019-20", List.of(row)));

        assertThat(text)
                .isEqualTo(HEADER + "\r\n" + "\"line\nbreak\",\"A,\"\"B\"\"\",2019-20,1,,,,true,,,,no_plan\r\n");
    }
}
