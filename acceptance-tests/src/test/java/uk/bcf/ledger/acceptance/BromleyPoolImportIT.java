package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bromley's 2019-20 pooled budget imported from CSV ({@code demo/bromley-2019-20-pool.csv}, the same tables as the
 * API requests) into a board of its own: previewed, applied all or nothing, uploaded again without effect, and read
 * back as the published totals (23,854 and 24,331 £'000; the iBCF 6,313 netting to zero).
 */
class BromleyPoolImportIT {

    private static final String BOARD = "E09900016";
    private static final String POOL = "/api/boards/" + BOARD + "/pool/2019-20";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void theCsvReproducesThePublishedTotalsAndASecondUploadChangesNothing() throws IOException {
        RunningServices services = RunningServices.get();
        Http.Response registered = services.command.send(
                "POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Bromley pool from CSV\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String csv = Files.readString(Path.of("..", "demo", "bromley-2019-20-pool.csv"));

        Http.Response preview = services.command.postCsv(POOL + "/imports?dryRun=true", csv, TIMEOUT);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("totals").get("new").asInt()).isEqualTo(36);
        assertThat(preview.json().get("stored").asBoolean()).isFalse();
        assertThat(services.query.get(POOL, "application/json").status()).isEqualTo(404);

        Http.Response applied = services.command.postCsv(POOL + "/imports", csv, TIMEOUT);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        long position = applied.json().get("position").asLong();

        Http.Response again = services.command.postCsv(POOL + "/imports", csv, TIMEOUT);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("totals").get("unchanged").asInt()).isEqualTo(36);
        assertThat(again.json().get("stored").asBoolean()).isFalse();

        JsonNode pool = services.query
                .get(POOL + "?awaitPosition=" + position, "application/json")
                .json();
        assertThat(pool.get("lines")).hasSize(34);
        assertThat(pool.get("expenditure").get("total").decimalValue()).isEqualByComparingTo("30167000");
        assertThat(pool.get("balance").get("IBCF").decimalValue()).isEqualByComparingTo("0");
        String report = services.query
                .get("/api/boards/" + BOARD + "/reports/2019-20/Q2", "text/csv")
                .body();
        assertThat(report)
                .contains("BCF budget by commissioner and scheme: Total budget,2019-20 budget £'000,23854,")
                .contains("BCF budget by commissioner and scheme: Total budget,2020-21 budget £'000,24331,")
                .contains(
                        "iBCF committed spend against the grant allocation: Total committed spend,2019-20 budget £'000,6313,");
    }

    @Test
    void aFileWithARefusedRowStoresNothing() {
        RunningServices services = RunningServices.get();
        String board = "E09900017";
        Http.Response registered = services.command.send(
                "POST", "/api/boards", "{\"code\":\"" + board + "\",\"name\":\"Refused pool import\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String header = "record,id,source,contributor,carried_forward_from,note,scheme_id,name,description,type,"
                + "sub_type,other_description,area_of_spend,commissioner,nhs_percent,la_percent,provider,amount,"
                + "next_year_amount,unit,status\n";
        String csv = header
                + "contribution,,IBCF,,,,,,,,,,,,,,,6313,,THOUSANDS,\n"
                + "line,,IBCF,,,,,CHC Care Manager,,,,,,COUNCIL,,,,55,55,THOUSANDS,\n";

        Http.Response refused =
                services.command.postCsv("/api/boards/" + board + "/pool/2019-20/imports", csv, TIMEOUT);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("rows").get(1).get("reason").asString()).startsWith("commissioner:");
        assertThat(services.query
                        .get("/api/boards/" + board + "/pool/2019-20", "application/json")
                        .status())
                .isEqualTo(404);
    }
}
