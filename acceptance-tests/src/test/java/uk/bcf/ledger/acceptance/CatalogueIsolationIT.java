package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A board's locally chosen metric, defined by an administrator as data for board A, takes A's figures and is in A's
 * performance view, overview page and quarterly report (HTML, PDF, CSV), titled "(local metric)"; for board B its
 * analyst and an administrator are refused every write of it (400 on {@code metric}, nothing stored; an import
 * names the row and the column), and B's view, report and figure forms never list it.
 */
class CatalogueIsolationIT {

    private static final String BOARD_A = "E06000911";
    private static final String BOARD_B = "E06000912";
    private static final String CODE = "CARERS_ASSESSED_A";
    private static final String NAME = "Carers assessed";
    private static final String LOCAL_TITLE = NAME + " (local metric)";
    private static final String YEAR = "2017-18";
    private static final TestUser ANALYST_B = TestUser.named("isolation-analyst-b");

    private static RunningServices services;
    private static long position;

    @BeforeAll
    static void defineALocalMetricOfBoardAAndRecordItsFigures() {
        services = RunningServices.get();
        Http admin = services.command.as(TestUser.ADMIN);
        created(services.command.send("POST", "/api/boards", "{\"code\":\"" + BOARD_A + "\",\"name\":\"Local A\"}"));
        created(services.command.send("POST", "/api/boards", "{\"code\":\"" + BOARD_B + "\",\"name\":\"Local B\"}"));
        created(admin.send(
                "POST",
                "/api/admin/users",
                "{\"username\":\"" + ANALYST_B.name() + "\",\"password\":\"" + ANALYST_B.password()
                        + "\",\"roles\":[\"ANALYST\"],\"boards\":[\"" + BOARD_B + "\"]}"));
        created(services.command.send(
                "POST",
                "/api/metrics",
                "{\"code\":\"" + CODE + "\",\"name\":\"" + NAME + "\",\"unit\":\"carers\","
                        + "\"shape\":\"COUNT\",\"rollup\":\"SUM\",\"goodDirection\":\"HIGHER_IS_BETTER\","
                        + "\"actualPeriods\":[\"QUARTER\",\"YEAR\"],\"planPeriods\":[\"YEAR\"],\"displayDecimals\":0,"
                        + "\"publicationLagMonths\":1,\"firstYear\":\"" + YEAR + "\",\"lastYear\":\"" + YEAR + "\","
                        + "\"defaultSource\":\"Council carers' register\",\"boardCode\":\"" + BOARD_A + "\","
                        + "\"definition\":\"Carers whose needs were assessed\",\"reason\":\"board A's local plan\"}"));
        created(services.command.send("POST", actuals(BOARD_A), figure("2017-18", 400)));
        created(services.command.send("POST", plans(BOARD_A), figure("2017-18", 400)));
        created(services.command.send("POST", actuals(BOARD_A), figure("2017-18-Q1", 97)));
        Http.Response last = created(services.command.send("POST", actuals(BOARD_A), figure("2017-18-Q2", 112)));
        position = last.json().get("position").asLong();
    }

    @Test
    void boardAsLocalMetricIsInItsPerformanceViewAndOverviewPage() {
        String csv = services.query
                .get("/api/boards/" + BOARD_A + "/performance/" + YEAR + "?awaitPosition=" + position, "text/csv")
                .body();
        String page = signedIn(TestUser.OPERATOR)
                .open("/boards/" + BOARD_A + "/performance/" + YEAR)
                .body();

        assertThat(csv).contains(BOARD_A + "," + CODE + ",2017-18-Q1,97,").contains(BOARD_A + "," + CODE + ",2017-18,");
        assertThat(page).contains(LOCAL_TITLE);
    }

    @Test
    void theAdministratorsMetricListMarksItAsBoardAsLocalMetric() {
        services.query.get(
                "/api/boards/" + BOARD_A + "/performance/" + YEAR + "?awaitPosition=" + position, "text/csv");

        String page =
                signedIn(TestUser.ADMIN).open("/admin/metrics?year=" + YEAR).body();

        assertThat(page).contains(LOCAL_TITLE + ", board " + BOARD_A).contains("Amend " + CODE);
    }

    @Test
    void boardAsLocalMetricIsInItsQuarterlyReportAsHtmlPdfAndCsv() throws Exception {
        String report = "/api/boards/" + BOARD_A + "/reports/" + YEAR + "/Q2";
        services.query.get(
                "/api/boards/" + BOARD_A + "/performance/" + YEAR + "?awaitPosition=" + position, "text/csv");

        assertThat(services.query.get(report, "text/html").body())
                .contains(CODE + ": " + LOCAL_TITLE)
                .containsPattern(Pattern.quote(LOCAL_TITLE) + ", by (year|quarter|month)");
        assertThat(services.query.get(report, "text/csv").body())
                .contains(BOARD_A + "," + YEAR + ",")
                .contains("," + CODE + ",");
        HttpResponse<byte[]> pdf = services.query.getBytes(report + "?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(BoardReportIT.read("pdftotext", pdf.body()).replaceAll("\\s+", " "))
                .contains(LOCAL_TITLE);
    }

    @Test
    void boardBsAnalystAndAnAdministratorCannotRecordIt() {
        long before = services.eventCount();
        Http analyst = services.command.as(ANALYST_B);

        for (Http caller : new Http[] {analyst, services.command}) {
            assertRefusedOnMetric(caller.send("POST", actuals(BOARD_B), figure("2017-18-Q1", 5)));
            assertRefusedOnMetric(caller.send("POST", plans(BOARD_B), figure("2017-18", 5)));
            assertRefusedOnMetric(caller.send(
                    "PUT", actuals(BOARD_B) + "/" + CODE + "/2017-18-Q1", "{\"value\":6,\"reason\":\"typo\"}"));
            assertRefusedOnMetric(
                    caller.send("DELETE", actuals(BOARD_B) + "/" + CODE + "/2017-18-Q1", "{\"reason\":\"wrong\"}"));
            assertRefusedOnMetric(caller.send(
                    "POST",
                    "/api/boards/" + BOARD_B + "/commentary",
                    "{\"metric\":\"" + CODE + "\",\"period\":\"2017-18-Q1\",\"text\":\"Carers.\"}"));
        }
        assertThat(services.eventCount()).isEqualTo(before);
    }

    @Test
    void anImportOfItForBoardBIsRefusedWholeNamingTheRowAndColumn() {
        long before = services.eventCount();
        Http.Response refused = services.command.postCsv(
                "/api/boards/" + BOARD_B + "/imports",
                GeneratedFigures.HEADER + "\r\n"
                        + ",NEL,2017-04,actual,1200,,,,,,\r\n"
                        + "," + CODE + ",2017-18-Q1,actual,5,,,,,,\r\n",
                java.time.Duration.ofSeconds(30));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode row = refused.json().get("rows").get(1);
        assertThat(row.get("line").asLong()).isEqualTo(3);
        assertThat(row.get("outcome").asString()).isEqualTo("error");
        assertThat(row.get("column").asString()).isEqualTo("metric");
        assertThat(row.get("reason").asString()).contains("local metric of board " + BOARD_A);
        assertThat(services.eventCount()).isEqualTo(before);
    }

    @Test
    void boardBsViewReportAndFormsNeverListIt() {
        String view = services.query
                .get("/api/boards/" + BOARD_B + "/performance/" + YEAR + "?awaitPosition=" + position, "text/csv")
                .body();
        String report = services.query
                .get("/api/boards/" + BOARD_B + "/reports/" + YEAR + "/Q2", "text/csv")
                .body();
        PageBrowser browser = signedIn(ANALYST_B);

        Http.Response spc = services.query.get(
                "/api/boards/" + BOARD_B + "/spc/" + CODE + "?from=2017-04&to=2018-03", "application/json");

        assertThat(spc.status()).isEqualTo(404);
        assertThat(spc.json().get("field").asString()).isEqualTo("metric");
        assertThat(spc.json().get("reason").asString()).contains("no metric with code '" + CODE + "'");
        assertThat(view).contains(BOARD_B + ",NEL,").doesNotContain(CODE);
        assertThat(report).contains(",NEL,").doesNotContain(CODE);
        assertThat(browser.open("/boards/" + BOARD_B + "/performance/" + YEAR).body())
                .doesNotContain(CODE)
                .doesNotContain(NAME);
        assertThat(browser.open("/boards/" + BOARD_B + "/figures/new").body())
                .contains("(NEL)")
                .doesNotContain(CODE)
                .doesNotContain("(local metric)");
        assertThat(browser.open("/boards/" + BOARD_B + "/figures/commentary").body())
                .doesNotContain(CODE);
        assertThat(signedIn(TestUser.OPERATOR)
                        .open("/boards/" + BOARD_A + "/figures/new")
                        .body())
                .contains(LOCAL_TITLE + " (" + CODE + ")");
    }

    private static void assertRefusedOnMetric(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo("metric");
        assertThat(response.json().get("reason").asString()).contains(CODE + " is a local metric of board " + BOARD_A);
    }

    private static String actuals(String board) {
        return "/api/boards/" + board + "/actuals";
    }

    private static String plans(String board) {
        return "/api/boards/" + board + "/plans";
    }

    private static String figure(String period, long value) {
        return "{\"metric\":\"" + CODE + "\",\"period\":\"" + period + "\",\"value\":" + value + "}";
    }

    private static PageBrowser signedIn(TestUser user) {
        return PageBrowser.signedIn(services, user);
    }

    private static Http.Response created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }
}
