package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;

/**
 * Files over the size or row limit are refused with 413 problems, whether uploaded as a form or sent as a
 * {@code text/csv} body. The limits are lowered here (1 KB, 3 rows) from their defaults (10 MB, 100,000 rows).
 */
@CommandServiceTest
@TestPropertySource(
        properties = {
            "spring.servlet.multipart.max-file-size=1KB",
            "spring.servlet.multipart.max-request-size=2KB",
            "bcf.imports.max-rows=3"
        })
class ImportLimitsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROW = "E06000033,NEL,2019-04,actual,1,,,,,,\r\n";

    @LocalServerPort
    int port;

    private CommandHttp http;

    @BeforeEach
    void setUp() {
        http = new CommandHttp(port);
    }

    @Test
    void aCsvBodyOverTheSizeLimitIsTooLarge() {
        assertTooLarge(http.csv("/api/imports?dryRun=true", file(40)), "file");
    }

    @Test
    void anUploadOverTheSizeLimitIsTooLarge() {
        assertTooLarge(http.upload("/api/imports?dryRun=true", file(40).getBytes(StandardCharsets.UTF_8)), "file");
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsTooLarge() {
        HttpResponse<String> response = http.csv("/api/imports?dryRun=true", file(4));

        assertTooLarge(response, "file");
        assertThat(JSON.readTree(response.body()).get("reason").asString()).contains("more than 3 rows");
    }

    private static String file(int rows) {
        return ImportCsvTest.HEADER + "\r\n" + ROW.repeat(rows);
    }

    private static void assertTooLarge(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("reason").asString()).isNotBlank();
    }
}
