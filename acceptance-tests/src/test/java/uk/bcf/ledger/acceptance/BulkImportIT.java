package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's acceptance: Bromley's 2019-20 figures imported from one CSV file (demo/bromley-2019-20-import.csv)
 * give the same view as posting them one by one; a second upload of the file changes nothing; the residential
 * rates as published (112.5, 216.3; plan 425.0) are flagged against what their counts give, in the preview and in
 * the stored history; a correction by import carries its reason into the history, also as CSV.
 */
class BulkImportIT {

    private static final String BROMLEY = "/api/boards/" + Bromley.CODE;
    private static final String IMPORTS = BROMLEY + "/imports";
    private static final String HYPERLINK = "=HYPERLINK(\"x\")";
    private static final List<String> YEARS = List.of("2019-20", "2018-19");

    private static RunningServices services;
    private static Http.Response preview;
    private static Http.Response applied;
    private static Http.Response again;
    private static Http.Response correction;
    private static Map<String, String> importedViews = new HashMap<>();
    private static long eventsBeforeSecondUpload;
    private static long eventsAfterSecondUpload;

    @BeforeAll
    static void importBromleyTwiceThenCorrectAugust() throws IOException {
        services = RunningServices.startFresh();
        created(services.command.send("POST", "/api/boards", "{\"code\":\"E09000006\",\"name\":\"Bromley\"}"));
        created(
                services.command.send(
                        "POST",
                        BROMLEY + "/populations",
                        "{\"year\":2019,\"ageBand\":\"65+\",\"count\":57626,\"source\":\"ONS 2016-based sub-national population projections\"}"));
        byte[] file = Files.readAllBytes(Path.of("..", "demo", "bromley-2019-20-import.csv"));

        preview = services.command.upload(IMPORTS + "?dryRun=true", "bromley-2019-20-import.csv", file);
        applied = services.command.upload(IMPORTS, "bromley-2019-20-import.csv", file);
        for (String year : YEARS) {
            importedViews.put(
                    year,
                    services.query
                            .get(
                                    BROMLEY + "/performance/" + year + "?awaitPosition="
                                            + applied.json().get("position").asLong(),
                                    "text/csv")
                            .body());
        }
        eventsBeforeSecondUpload = services.eventCount();
        again = services.command.upload(IMPORTS, "bromley-2019-20-import.csv", file);
        eventsAfterSecondUpload = services.eventCount();
        correction = services.command.postCsv(
                IMPORTS + "?reason=" + "SUS%20resubmission",
                GeneratedFigures.HEADER + "\r\n"
                        + ",NEL,2019-08,actual,\"2,201\",,,,,\"" + HYPERLINK.replace("\"", "\"\"") + "\",\r\n"
                        + ",NEL,2019-07,actual,\"2,392\",,,,,,\r\n",
                Duration.ofSeconds(30));
        services.query.get(
                BROMLEY + "/performance/2019-20?awaitPosition="
                        + correction.json().get("position").asLong(),
                "text/csv");
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void thePreviewReportsEveryRowAsNewAndFlagsThePublishedResidentialRates() {
        JsonNode report = preview.json();

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(report.get("totals").get("rows").asInt()).isEqualTo(16);
        assertThat(report.get("totals").get("new").asInt()).isEqualTo(16);
        assertThat(report.get("totals").get("discrepancies").asInt()).isEqualTo(3);
        assertFlagged(row(report, "RES_ADM_65", "2019-20-Q1"), "112.5", "112.8");
        assertFlagged(row(report, "RES_ADM_65", "2019-20-Q2"), "216.3", "216.9");
        assertFlagged(row(report, "RES_ADM_65", "2019-20"), "425.0", "425.2");
        assertThat(row(report, "REABLEMENT_91", "2019-20-Q1").get("discrepancy").asBoolean())
                .isFalse();
    }

    @Test
    void theImportedFiguresGiveTheSameViewAsPostingThemOneByOne() {
        RunningServices postedOneByOne = Bromley.loaded();

        assertThat(applied.json().get("applied").asBoolean()).isTrue();
        for (String year : YEARS) {
            String imported = importedViews.get(year);
            assertThat(imported).contains("E09000006,");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(postedOneByOne
                                    .query
                                    .get(BROMLEY + "/performance/" + year, "text/csv")
                                    .body())
                            .isEqualTo(imported));
        }
    }

    @Test
    void aSecondUploadOfTheSameFileReportsEveryRowUnchangedAndStoresNothing() {
        JsonNode report = again.json();

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(report.get("totals").get("unchanged").asInt()).isEqualTo(16);
        assertThat(report.get("totals").get("events").asInt()).isZero();
        assertThat(eventsAfterSecondUpload).isEqualTo(eventsBeforeSecondUpload);
    }

    @Test
    void theStoredHistoryShowsThePublishedRateBesideTheComputedOne() {
        JsonNode q1 = services.query
                .get(BROMLEY + "/figures/RES_ADM_65/2019-20-Q1/history", "application/json")
                .json()
                .get("versions")
                .get(0);
        JsonNode plan = services.query
                .get(BROMLEY + "/plans/RES_ADM_65/2019-20/history", "application/json")
                .json()
                .get("versions")
                .get(0);

        assertFlagged(q1, "112.5", "112.8");
        assertFlagged(plan, "425.0", "425.2");
        assertThat(services.query
                        .get(BROMLEY + "/figures/RES_ADM_65/2019-20-Q2/history", "text/csv")
                        .body())
                .contains(",216.3,216.9,true,,,\r\n");
    }

    @Test
    void aCorrectionByImportIsReportedOldToNewAndItsReasonIsNeutralisedInTheHistoryCsv() {
        JsonNode august = correction.json().get("rows").get(0);
        String csv = services.query
                .get(BROMLEY + "/figures/NEL/2019-08/history", "text/csv")
                .body();

        assertThat(correction.status()).as(correction.body()).isEqualTo(200);
        assertThat(august.get("outcome").asString()).isEqualTo("changed");
        assertThat(august.get("old").get("value").asInt()).isEqualTo(2193);
        assertThat(august.get("new").get("value").asInt()).isEqualTo(2201);
        assertThat(correction.json().get("rows").get(1).get("outcome").asString())
                .isEqualTo("unchanged");
        assertThat(csv)
                .startsWith(
                        "board,kind,metric,period,version,change,value,numerator,denominator,per_day,withdrawn,"
                                + "restatement,recorded_by,recorded_at,superseded_at,source,reason,published_value,computed_value,discrepancy,rate,percent,mean\r\n");
        assertThat(csv)
                .contains("E09000006,actual,NEL,2019-08,2,corrected,2201,,,,false,false,test-operator,")
                .contains(",SUS,\"'=HYPERLINK(\"\"x\"\")\",,,,,,\r\n");
    }

    private static JsonNode row(JsonNode report, String metric, String period) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("metric").asString().equals(metric)
                    && row.get("period").asString().equals(period)) {
                return row;
            }
        }
        throw new AssertionError("no row " + metric + " " + period);
    }

    private static void assertFlagged(JsonNode figure, String published, String computed) {
        assertThat(figure.get("publishedValue").decimalValue()).isEqualByComparingTo(published);
        assertThat(figure.get("computedValue").decimalValue()).isEqualByComparingTo(computed);
        assertThat(figure.get("discrepancy").asBoolean()).isTrue();
    }

    private static void created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
