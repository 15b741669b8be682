package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;

/** The import endpoints over HTTP: previews store nothing, a clean file is stored whole, a refused one not at all. */
@CommandServiceTest
class ImportEndpointIT {

    private static final String BOARD = "E06000034";
    private static final String IMPORTS = "/api/boards/" + BOARD + "/imports";
    private static final String HEADER = ImportCsvTest.HEADER + "\r\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStoreIndex eventStore;

    @Autowired
    MeterRegistry meters;

    private CommandHttp http;

    @BeforeEach
    void registerThurrock() {
        http = new CommandHttp(port);
        http.json("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Thurrock\"}");
    }

    @Test
    void aPreviewUploadedAsAFormReportsEveryRowAndStoresNothing() {
        long before = events();
        double previews = count("previewed");

        HttpResponse<String> preview = http.upload(
                IMPORTS + "?dryRun=true",
                (HEADER + ",NEL,2018-04,actual,\"1,580\",,,,SUS,,\r\n,NEL,2018-20-Q1,plan,4800,,,,,,\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        JsonNode report = JSON.readTree(preview.body());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("rows").get(0).get("outcome").asString()).isEqualTo("new");
        assertThat(report.get("rows").get(0).get("new").get("value").asInt()).isEqualTo(1580);
        assertThat(report.get("rows").get(1).get("outcome").asString()).isEqualTo("error");
        assertThat(report.get("rows").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rows").get(1).get("column").asString()).isEqualTo("period");
        assertThat(events()).isEqualTo(before);
        assertThat(count("previewed")).isEqualTo(previews + 1);
    }

    @Test
    void aCleanFileSentAsCsvIsStoredAndAnswersWhereItsLastEventIs() {
        HttpResponse<String> applied = http.csv(
                IMPORTS,
                HEADER + ",NEL,2018-05,actual,1600,,,,SUS,,\r\n"
                        + ",REABLEMENT_91,2018-19-Q1,actual,70/80,,,,,,87.5%\r\n");

        JsonNode report = JSON.readTree(applied.body());
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("totals").get("new").asInt()).isEqualTo(2);
        assertThat(report.get("totals").get("events").asInt()).isEqualTo(3);
        assertThat(report.get("position").asLong()).isEqualTo(eventStore.head());
    }

    @Test
    void aFileWithARefusedRowIsA422ProblemWithTheReportAndStoresNothing() {
        long before = events();
        double rejections = count("rejected");

        HttpResponse<String> refused =
                http.csv(IMPORTS, HEADER + ",NEL,2018-06,actual,1700,,,,,,\r\n,NEL,2018-07,actual,-5,,,,,,\r\n");

        JsonNode problem = JSON.readTree(refused.body());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.get("field").asString()).isEqualTo("file");
        assertThat(problem.get("totals").get("errors").asInt()).isEqualTo(1);
        assertThat(problem.get("rows").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("rows").get(1).get("column").asString()).isEqualTo("value");
        assertThat(events()).isEqualTo(before);
        assertThat(count("rejected")).isEqualTo(rejections + 1);
    }

    @Test
    void aWrongHeaderIsRefusedNamingTheHeaderExpected() {
        HttpResponse<String> refused = http.csv(IMPORTS, "board;metric;period\r\nE06000034;NEL;2019-04\r\n");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("reason").asString()).contains(ImportCsvTest.HEADER);
    }

    @Test
    void rowsOfAnImportAcrossBoardsNameTheirBoardAndAnUnknownOneIsRefused() {
        HttpResponse<String> refused = http.csv(
                "/api/imports",
                HEADER + BOARD + ",NEL,2018-08,actual,1650,,,,,,\r\n" + "E06000999,NEL,2018-08,actual,1650,,,,,,\r\n");

        JsonNode rows = JSON.readTree(refused.body()).get("rows");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("new");
        assertThat(rows.get(1).get("column").asString()).isEqualTo("board");
    }

    @Test
    void anUnknownBoardInThePathIsNotFoundAndJsonIsNoImportFile() {
        assertThat(http.csv("/api/boards/E06000999/imports", HEADER).statusCode())
                .isEqualTo(404);
        HttpResponse<String> json = http.json("POST", IMPORTS, "{}");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(json.body()).get("field").asString()).isEqualTo("Content-Type");
    }

    private double count(String outcome) {
        return meters.get(ImportCounter.NAME).tag("outcome", outcome).counter().count();
    }

    private long events() {
        return jdbc.sql("select count(*) from event_store.domain_event_entry")
                .query(Long.class)
                .single();
    }
}
