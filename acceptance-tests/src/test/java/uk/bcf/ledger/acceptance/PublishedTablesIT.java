package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's acceptance: published metric tables entered as printed, through the API (Southend-on-Sea, Barking and
 * Dagenham) and through CSV (the same Southend figures into a second board), give the printed figures and gaps:
 * Southend's avoidable admissions baseline and plan (1,037.2), length-of-stay plans (8.4%, 3.9%), discharge plan
 * (93.1%), residential admissions printed 659, 556, 480 and 550 (only 550 disagrees with its 200/36,273 = 551.4),
 * reablement 80/100 and 202/248 (81.5%); Barking and Dagenham's NEL outturn 19,674 against 19,880 (−206) and
 * residential admissions 145 against 170 (−25, counts, no population). The 2021-22 Q4 and 2016-17 Q4 reports are
 * kept as PDFs in {@code target/published-tables/} to be looked at.
 */
class PublishedTablesIT {

    private static final String SOUTHEND = PublishedTables.SOUTHEND;
    private static final String SOUTHEND_BY_CSV = "E06000034";
    private static final String BARKING = PublishedTables.BARKING;
    private static final String CSV_HEADER = "board,metric,period,kind,value,numerator,denominator,per_day,source,"
            + "reason,published_value,rate,percent";
    private static final String SOUTHEND_CSV = CSV_HEADER + "\r\n"
            + ",AVOIDABLE_ADM,2020-21,actual,,,,,,,,1037.2,\r\n"
            + ",AVOIDABLE_ADM,2021-22,plan,,,,,,,,1037.2,\r\n"
            + ",LOS_14,2021-22-Q3,plan,8.4%,,,,,,,,\r\n"
            + ",LOS_14,2021-22-Q4,plan,8.4%,,,,,,,,\r\n"
            + ",LOS_21,2021-22-Q3,plan,,,,,,,,,3.9\r\n"
            + ",LOS_21,2021-22-Q4,plan,,,,,,,,,3.9\r\n"
            + ",DISCHARGE_USUAL_RES,2021-22,plan,93.1%,,,,,,,,\r\n"
            + ",RES_ADM_65,2019-20,plan,,238,\"36,105\",,,,659,,\r\n"
            + ",RES_ADM_65,2019-20,actual,,198,\"35,625\",,,,556,,\r\n"
            + ",RES_ADM_65,2020-21,actual,,171,\"35,661\",,,,480,,\r\n"
            + ",RES_ADM_65,2021-22,plan,,200,\"36,273\",,,,550,,\r\n"
            + ",REABLEMENT_91,2019-20,plan,80/100,,,,,,,,\r\n"
            + ",REABLEMENT_91,2019-20,actual,202/248,,,,,,81.5%,,\r\n";

    private static RunningServices services;
    private static long position;

    @BeforeAll
    static void enterThePublishedTables() {
        services = RunningServices.startFresh();
        PublishedTables.board(services, SOUTHEND_BY_CSV, "Southend-on-Sea (entered by CSV)");
        Http.Response imported = services.command.postCsv(
                "/api/boards/" + SOUTHEND_BY_CSV + "/imports", SOUTHEND_CSV, Duration.ofSeconds(30));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        position = PublishedTables.enterInto(services);
        services.query.get("/api/boards/" + BARKING + "/performance/2016-17?awaitPosition=" + position, "text/csv");
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void southendsTemplateFiguresAreTheFiguresPrinted() {
        JsonNode year2021 = view(SOUTHEND, "2021-22");
        assertThat(row(year2021, "AVOIDABLE_ADM", "2021-22").get("plan").asString())
                .isEqualTo("1037.2");
        assertThat(row(year2021, "LOS_14", "2021-22-Q3").get("plan").asString()).isEqualTo("8.4");
        assertThat(row(year2021, "LOS_14", "2021-22-Q4").get("plan").asString()).isEqualTo("8.4");
        assertThat(row(year2021, "LOS_21", "2021-22-Q4").get("plan").asString()).isEqualTo("3.9");
        assertThat(row(year2021, "DISCHARGE_USUAL_RES", "2021-22").get("plan").asString())
                .isEqualTo("93.1");
        assertThat(row(year2021, "RES_ADM_65", "2021-22").get("plan").asString())
                .isEqualTo("551.4");
        JsonNode year2020 = view(SOUTHEND, "2020-21");
        assertThat(row(year2020, "AVOIDABLE_ADM", "2020-21").get("value").asString())
                .isEqualTo("1037.2");
        assertThat(row(year2020, "AVOIDABLE_ADM", "2020-21").get("numerator").isNull())
                .isTrue();
        assertThat(row(year2020, "RES_ADM_65", "2020-21").get("value").asString())
                .isEqualTo("479.5");
        JsonNode year2019 = view(SOUTHEND, "2019-20");
        assertThat(row(year2019, "RES_ADM_65", "2019-20").get("plan").asString())
                .isEqualTo("659.2");
        assertThat(row(year2019, "RES_ADM_65", "2019-20").get("value").asString())
                .isEqualTo("555.8");
        assertThat(row(year2019, "REABLEMENT_91", "2019-20").get("value").asString())
                .isEqualTo("81.5");
        assertThat(row(year2019, "REABLEMENT_91", "2019-20").get("plan").asString())
                .isEqualTo("80.0");
    }

    @Test
    void onlyTheRateThatItsComponentsDoNotGiveIsFlagged() {
        for (String board : new String[] {SOUTHEND, SOUTHEND_BY_CSV}) {
            assertThat(discrepancy(board, "plans", "RES_ADM_65", "2019-20")).isEqualTo("false 659");
            assertThat(discrepancy(board, "figures", "RES_ADM_65", "2019-20")).isEqualTo("false 556");
            assertThat(discrepancy(board, "figures", "RES_ADM_65", "2020-21")).isEqualTo("false 480");
            assertThat(discrepancy(board, "plans", "RES_ADM_65", "2021-22")).isEqualTo("true 550 551.4");
            assertThat(discrepancy(board, "figures", "REABLEMENT_91", "2019-20"))
                    .isEqualTo("false 81.5");
        }
    }

    @Test
    void theFiguresEnteredByCsvGiveTheSameViewsAsThoseEnteredOneByOne() {
        for (String year : new String[] {"2019-20", "2020-21", "2021-22"}) {
            String byApi = csv(SOUTHEND, year).replace(SOUTHEND, "BOARD");
            String byCsv = csv(SOUTHEND_BY_CSV, year).replace(SOUTHEND_BY_CSV, "BOARD");
            assertThat(byCsv).as(year).isEqualTo(byApi);
        }
    }

    @Test
    void barkingAndDagenhamsOutturnsGiveThePrintedGaps() {
        JsonNode view = view(BARKING, "2016-17");
        JsonNode nel = row(view, "NEL", "2016-17");
        assertThat(nel.get("value").asString()).isEqualTo("19674");
        assertThat(nel.get("variance").asString()).isEqualTo("-206");
        assertThat(nel.get("status").asString()).isEqualTo("on_track");
        JsonNode residential = row(view, "RES_ADM_65", "2016-17");
        assertThat(residential.get("numerator").asLong()).isEqualTo(145);
        assertThat(residential.get("planCount").asString()).isEqualTo("170");
        assertThat(residential.get("variance").asString()).isEqualTo("-25");
        assertThat(residential.get("status").asString()).isEqualTo("on_track");
    }

    @Test
    void the2021To22FourthQuarterReportReadsAsTheTemplatePrintsIt() throws IOException {
        String html = services.query
                .get("/api/boards/" + SOUTHEND + "/reports/2021-22/Q4", "text/html")
                .body();
        assertThat(html)
                .contains("1,037.2", "8.4%", "3.9%", "93.1%", "551.4 (200 admsns; published 550)")
                .contains("Full year 20/21", "by year")
                .doesNotContain("rates cannot be computed");
        keepPdf(SOUTHEND, "2021-22", "southend-2021-22-Q4.pdf");
    }

    @Test
    void the2016To17FourthQuarterReportShowsTheOutturnsAndTheirGaps() throws IOException {
        String html = services.query
                .get("/api/boards/" + BARKING + "/reports/2016-17/Q4", "text/html")
                .body();
        assertThat(html)
                .contains("19,674", "19,880", "-206", "145 admsns", "170 admsns", "-25 admsns")
                .contains("No population 65+ is recorded for 2016, so rates cannot be computed");
        keepPdf(BARKING, "2016-17", "barking-2016-17-Q4.pdf");
    }

    private static void keepPdf(String board, String year, String name) throws IOException {
        HttpResponse<byte[]> pdf =
                services.query.getBytes("/api/boards/" + board + "/reports/" + year + "/Q4?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path kept = Path.of("target", "published-tables", name);
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf.body());
    }

    private static String discrepancy(String board, String kind, String metric, String period) {
        JsonNode history = services.query
                .get("/api/boards/" + board + "/" + kind + "/" + metric + "/" + period + "/history", "application/json")
                .json();
        JsonNode latest = history.get("versions").get(history.get("versions").size() - 1);
        boolean flagged = latest.get("discrepancy").asBoolean();
        return flagged + " " + latest.get("publishedValue").asString()
                + (flagged ? " " + latest.get("computedValue").asString() : "");
    }

    private static JsonNode view(String board, String year) {
        return services.query
                .get("/api/boards/" + board + "/performance/" + year, "application/json")
                .json();
    }

    private static String csv(String board, String year) {
        return services.query
                .get("/api/boards/" + board + "/performance/" + year, "text/csv")
                .body();
    }

    private static JsonNode row(JsonNode view, String metric, String period) {
        for (JsonNode row : view.get("rows")) {
            if (row.get("metric").asString().equals(metric)
                    && row.get("period").asString().equals(period)) {
                return row;
            }
        }
        throw new AssertionError("no row " + metric + " " + period + " in " + view);
    }
}
