package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 2's acceptance: Bromley's published 2019-20 figures, posted over HTTP, read back as the performance view. */
class BromleyPerformanceIT {

    private static RunningServices services;
    private static String csv;

    @BeforeAll
    static void postBromley() {
        services = Bromley.loaded();
        csv = services.query.get(Bromley.PERFORMANCE, "text/csv").body();
    }

    @Test
    void bothServicesRunInSeparateContextsOnOneDatabase() {
        assertThat(services.commandContext).isNotSameAs(services.queryContext);
        assertThat(services.commandContext.getEnvironment().getProperty("spring.datasource.url"))
                .isEqualTo(services.queryContext.getEnvironment().getProperty("spring.datasource.url"));
        assertThat(services.count("select count(*) from read_model.board where code = 'E09000006'"))
                .isEqualTo(1);
    }

    @Test
    void csvHasExactlyTheContractColumns() {
        assertThat(csv.lines().findFirst())
                .contains(
                        "board,metric,period,value,numerator,denominator,months_reported,complete,plan,variance,variance_pct,status");
    }

    @Test
    void nonElectiveAdmissionsFirstQuarterIsWithinPlan() {
        assertThat(csv)
                .contains("E09000006,NEL,2019-20-Q1,6475,,,2019-04;2019-05;2019-06,true,6589,-114,-1.7,on_track\r\n");
    }

    @Test
    void nonElectiveAdmissionsSecondQuarterIsIncompleteWithoutVariance() {
        assertThat(csv).contains("E09000006,NEL,2019-20-Q2,4585,,,2019-07;2019-08,false,6659,,,incomplete\r\n");
    }

    @Test
    void monthlyRowsCarryTheMonthsActual() {
        assertThat(csv).contains("E09000006,NEL,2019-08,2193,,,2019-08,true,,,,no_plan\r\n");
    }

    @Test
    void delayedTransfersPlansFollowFromTwelveAndAHalfBedDaysPerDay() {
        assertThat(csv)
                .contains("E09000006,DTOC,2019-20-Q1,633,,,2019-04;2019-05;2019-06,true,1137,-504,-44.3,on_track\r\n")
                .contains("E09000006,DTOC,2019-20-Q2,,,,,false,1150,,,no_data\r\n")
                .contains("E09000006,DTOC,2019-20-Q3,,,,,false,1150,,,no_data\r\n")
                .contains("E09000006,DTOC,2019-20-Q4,,,,,false,1137,,,no_data\r\n");
    }

    @Test
    void residentialAdmissionRatesAreComputedFromCountsAndPopulation() {
        assertThat(csv)
                .contains("E09000006,RES_ADM_65,2019-20-Q1,112.8,65,57626,")
                .contains("E09000006,RES_ADM_65,2019-20-Q2,216.9,125,57626,");
    }

    @Test
    void reablementIsShownAsAPercentageOfItsComponents() {
        assertThat(csv)
                .contains(
                        "E09000006,REABLEMENT_91,2019-20-Q1,98.6,73,74,2019-04;2019-05;2019-06,true,90.1,8.5,9.5,on_track\r\n");
    }

    @Test
    void jsonViewCarriesTheSameFigures() {
        JsonNode view =
                services.query.get(Bromley.PERFORMANCE, "application/json").json();
        assertThat(view.get("boardName").asString()).isEqualTo("Bromley");
        JsonNode q1 = rowOf(view, "NEL", "2019-20-Q1");
        assertThat(q1.get("value").decimalValue()).isEqualByComparingTo("6475");
        assertThat(q1.get("variance").decimalValue()).isEqualByComparingTo("-114");
        assertThat(q1.get("status").asString()).isEqualTo("on_track");
        assertThat(rowOf(view, "NEL", "2019-20-Q2").get("monthsReported").toString())
                .isEqualTo("[\"2019-07\",\"2019-08\"]");
    }

    @Test
    void theBoardPageListsBromley() {
        Http.Response page = services.query.get("/", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bromley").contains("/boards/E09000006/performance/2019-20");
        assertThat(services.query
                        .get("/boards/E09000006/performance/2019-20", "text/html")
                        .body())
                .contains("<th scope=\"row\">2019-20-Q1</th>")
                .contains("6,475");
    }

    private static JsonNode rowOf(JsonNode view, String metric, String period) {
        for (JsonNode row : view.get("rows")) {
            if (row.get("metric").asString().equals(metric)
                    && row.get("period").asString().equals(period)) {
                return row;
            }
        }
        throw new AssertionError("no row " + metric + " " + period);
    }
}
