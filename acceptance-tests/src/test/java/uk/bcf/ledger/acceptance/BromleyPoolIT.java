package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bromley's 2019-20 pooled budget, entered through the command service's API from section 6 of the board report of
 * 21 November 2019 ({@code demo/bromley-2019-20-pool.requests}), read back as the published totals: the BCF budget
 * of £23,854k (£24,331k for 2020/21), £15,889k commissioned by the council and £7,965k by the CCG, and the iBCF
 * committed spend of £6,313k netting to zero against the grant; then the report's finance section with them and with
 * spend to date, and a line's history and an as-of read after its spend is corrected.
 */
class BromleyPoolIT {

    private static final String POOL = "/api/boards/" + Bromley.CODE + "/pool/2019-20";
    private static final String REPORT = "/api/boards/" + Bromley.CODE + "/reports/2019-20/Q2";

    private static RunningServices services;
    private static long lastPosition;

    @BeforeAll
    static void enterThePool() {
        services = Bromley.loaded();
        for (DemoRequests.Request request : DemoRequests.read("bromley-2019-20-pool.requests")) {
            Http.Response response = services.command.send(request.method(), request.path(), request.body());
            assertThat(response.status()).as(request + " -> " + response.body()).isEqualTo(201);
            lastPosition = response.json().get("position").asLong();
        }
    }

    private static JsonNode pool(String query) {
        Http.Response response = services.query.get(POOL + query, "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String lineNamed(JsonNode pool, String name) {
        for (JsonNode line : pool.get("lines")) {
            if (line.get("name").asString().equals(name)) {
                return line.get("lineId").asString();
            }
        }
        throw new AssertionError("no line " + name);
    }

    @Test
    void thePoolReproducesThePublishedTotals() {
        JsonNode pool = pool("?awaitPosition=" + lastPosition);

        assertThat(pool.get("lines")).hasSize(34);
        assertThat(pool.get("expenditure").get("IBCF").decimalValue()).isEqualByComparingTo("6313000");
        assertThat(pool.get("expenditure").get("total").decimalValue()).isEqualByComparingTo("30167000");
        assertThat(pool.get("income").get("IBCF").decimalValue()).isEqualByComparingTo("6313000");
        assertThat(pool.get("balance").get("IBCF").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(pool.get("totals").get("nextYearBudget").decimalValue()).isEqualByComparingTo("28931000");
        assertThat(checkResult(pool, "BALANCE_IBCF")).isEqualTo("PASS");
        assertThat(checkResult(pool, "SOURCE_OF_FUNDING")).isEqualTo("FAIL");
    }

    @Test
    void theReportsFinanceSectionShowsTheBudgetsTheGrantAndSpendToDate() {
        JsonNode pool = pool("?awaitPosition=" + lastPosition);
        String reablement = lineNamed(pool, "Reablement capacity");
        Http.Response spent = services.command.send(
                "POST",
                POOL + "/spend",
                "{\"lineId\":\"" + reablement + "\",\"period\":\"2019-20-Q1\",\"amount\":200,\"unit\":\"THOUSANDS\"}");
        assertThat(spent.status()).as(spent.body()).isEqualTo(201);

        Http.Response page = services.query.get(
                REPORT + "?awaitPosition=" + spent.json().get("position").asLong(), "text/html");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Underspends of £806k during 2018-19 have been carried forward into 2019-20")
                .contains("BCF budget by commissioner and scheme")
                .contains("23,854", "24,331", "15,889", "7,965")
                .contains("iBCF committed spend against the grant allocation")
                .contains("6,313", "-6,313", "4,600")
                .contains("Spend to date and outturn against budget");
        String pdf = pdfText(REPORT + "?format=pdf");
        assertThat(pdf).contains("BCF budget by commissioner and scheme", "23,854", "24,331", "-6,313");
        Http.Response csv = services.query.get(REPORT, "text/csv");
        assertThat(csv.body())
                .contains("FINANCE,BCF budget by commissioner and scheme: Total budget,2019-20 budget £'000,23854,")
                .contains("FINANCE,iBCF committed spend against the grant allocation: Net,2019-20 budget £'000,0,")
                .contains("Reablement capacity,Spend to date £'000,200,spend to date");
    }

    @Test
    void aLinesHistoryAndAnAsOfReadShowASpendCorrected() {
        JsonNode pool = pool("?awaitPosition=" + lastPosition);
        String line = lineNamed(pool, "Carers Funding");
        Http.Response recorded = services.command.send(
                "POST",
                POOL + "/spend",
                "{\"lineId\":\"" + line + "\",\"period\":\"2019-20-Q1\",\"amount\":130,\"unit\":\"THOUSANDS\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        pool("?awaitPosition=" + recorded.json().get("position").asLong());
        Instant between = Instant.now();
        Http.Response corrected = services.command.send(
                "PUT",
                POOL + "/spend/" + line + "/2019-20-Q1",
                "{\"amount\":134.5,\"unit\":\"THOUSANDS\",\"reason\":\"accrual for June invoices\"}",
                "If-Match",
                "\"1\"");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        long position = corrected.json().get("position").asLong();

        assertThat(spendToDate(pool("?awaitPosition=" + position), line)).isEqualByComparingTo("134500");
        assertThat(spendToDate(pool("?asOf=" + between), line)).isEqualByComparingTo("130000");
        Http.Response history = services.query.get(POOL + "/lines/" + line + "/history", "application/json");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode versions = history.json().get("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(2).get("change").asString()).isEqualTo("corrected");
        assertThat(versions.get(2).get("reason").asString()).isEqualTo("accrual for June invoices");
        Http.Response stale = services.command.send(
                "PUT",
                POOL + "/spend/" + line + "/2019-20-Q1",
                "{\"amount\":135,\"unit\":\"THOUSANDS\",\"reason\":\"late invoice\"}",
                "If-Match",
                "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
    }

    private static String pdfText(String path) {
        java.net.http.HttpResponse<byte[]> response = services.query.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            Process reader = new ProcessBuilder("pdftotext", "-", "-").start();
            reader.getOutputStream().write(response.body());
            reader.getOutputStream().close();
            String text = new String(reader.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            return text.replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal spendToDate(JsonNode pool, String lineId) {
        for (JsonNode line : pool.get("lines")) {
            if (line.get("lineId").asString().equals(lineId)) {
                return line.get("spendToDate").decimalValue();
            }
        }
        throw new AssertionError("no line " + lineId);
    }

    private static String checkResult(JsonNode pool, String name) {
        for (JsonNode check : pool.get("checks")) {
            if (check.get("name").asString().equals(name)) {
                return check.get("result").asString();
            }
        }
        throw new AssertionError("no check " + name);
    }
}
