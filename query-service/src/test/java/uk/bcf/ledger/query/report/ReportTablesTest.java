package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.report.BromleyData.ACTUALS;
import static uk.bcf.ledger.query.report.BromleyData.PLANS;
import static uk.bcf.ledger.query.report.BromleyData.SCOPE;
import static uk.bcf.ledger.query.report.BromleyData.count;
import static uk.bcf.ledger.query.report.BromleyData.data;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.query.projection.CurrentFigure;

/** Each metric's table, in the shape its data calls for, reads as Bromley's published report did. */
class ReportTablesTest {

    @Test
    void monthlyActualsGiveARowPerMonthWithTheQuarterOnItsLastMonth() {
        MetricData nel = data("NEL");
        ReportTable table = TableShape.of(nel).table(nel, SCOPE);

        assertThat(TableShape.of(nel)).isEqualTo(TableShape.MONTHLY);
        assertThat(table.rows())
                .extracting(ReportRow::key)
                .containsExactly("Apr-19", "May-19", "Jun-19", "Jul-19", "Aug-19", "Sep-19");
        assertThat(texts(row(table, "Jun-19"))).containsExactly("2,092", "6,475", "6,589", "-114");
        assertThat(texts(row(table, "Sep-19")))
                .containsExactly("Published in Nov 19", "4,585 (Jul & Aug)", "6,659", "N/A");
        assertThat(texts(row(table, "Apr-19"))).containsExactly("2,134", "", "", "");
    }

    @Test
    void monthlyActualsOfTheYearBeforeAreShownBesideTheSameMonthsAndQuarters() {
        List<CurrentFigure> priorMonths =
                List.of(count("NEL", "2018-04", 2001), count("NEL", "2018-05", 2002), count("NEL", "2018-06", 2003));
        MetricData nel = data("NEL", ACTUALS, PLANS, priorMonths, List.of(), Map.of());
        ReportTable table = TableShape.of(nel).table(nel, SCOPE);

        assertThat(table.columns())
                .extracting(ReportColumn::heading)
                .endsWith("Same month 18/19", "Same quarter 18/19");
        assertThat(texts(row(table, "Jun-19"))).containsExactly("2,092", "6,475", "6,589", "-114", "2,003", "6,006");
        assertThat(texts(row(table, "Sep-19")).subList(4, 6)).containsExactly("", "");
    }

    @Test
    void quarterlyActualsGiveAPlansRowAndAnActualsRowWithPartialQuartersNamingTheirMonths() {
        MetricData dtoc = data(
                "DTOC", List.of(count("DTOC", "2019-07", 140), count("DTOC", "2019-08", 134)), List.of(), Map.of());
        ReportTable table = TableShape.of(dtoc).table(dtoc, SCOPE);

        assertThat(TableShape.of(dtoc)).isEqualTo(TableShape.QUARTERLY);
        assertThat(table.columns())
                .extracting(ReportColumn::heading)
                .containsExactly(
                        "Q1 (Apr 19 - Jun 19)",
                        "Q2 (Jul 19 - Sep 19)",
                        "Q3 (Oct 19 - Dec 19)",
                        "Q4 (Jan 20 - Mar 20)",
                        "Full year 19/20");
        assertThat(texts(row(table, "plan"))).containsExactly("1,137", "1,150", "1,150", "1,137", "4,575");
        assertThat(texts(row(table, "actual")))
                .containsExactly(
                        "633",
                        "274 (Jul & Aug)",
                        "Not available until the end of February 20",
                        "Not available until the end of May 20",
                        "");
    }

    @Test
    void ratiosShowTheirPercentageAndComponentsAndTheYearBeforesFourthQuarter() {
        MetricData reablement = data("REABLEMENT_91");
        ReportTable table = TableShape.of(reablement).table(reablement, SCOPE);

        assertThat(table.columns()).extracting(ReportColumn::heading).last().isEqualTo("Qtr 4 Actual 18/19");
        assertThat(texts(row(table, "plan")))
                .containsExactly("90.1%", "90.1%", "90.1%", "90.1%", "90.1% (446/495)", "");
        assertThat(texts(row(table, "actual")))
                .containsExactly(
                        "98.6% (73/74)",
                        "Not available until the end of December 19",
                        "Not available until the end of March 20",
                        "Not available until the end of June 20",
                        "",
                        "93.1% (339/364)");
    }

    @Test
    void yearToDateRatesShowTheirCountsAndTheFullYearPlan() {
        MetricData residential = data("RES_ADM_65");
        ReportTable table = TableShape.of(residential).table(residential, SCOPE);

        assertThat(texts(row(table, "plan"))).containsExactly("106.3", "212.6", "318.9", "425.2", "425.2 (245 admsns)");
        assertThat(texts(row(table, "actual")).subList(0, 2))
                .containsExactly("112.8 (65 admsns)", "216.9 (125 admsns)");
    }

    private static ReportRow row(ReportTable table, String key) {
        return table.rows().stream()
                .filter(row -> row.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(ReportRow row) {
        return row.cells().stream().map(ReportCell::text).toList();
    }
}
