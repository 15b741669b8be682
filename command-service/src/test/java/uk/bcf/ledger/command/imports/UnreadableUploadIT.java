package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;

/**
 * An upload whose multipart body was cut short on the way cannot be read: a 400 problem of the ledger's vocabulary
 * ({@code invalid}, with a reason), not a 500, and nothing is imported.
 */
@CommandServiceTest
class UnreadableUploadIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aMultipartUploadCutShortIsInvalidNotAFailure() {
        String boundary = "cut-short";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"figures.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + ImportCsvTest.HEADER + "\r\nE06000033,NEL,2019-04,act";
        CommandHttp http = new CommandHttp(port);

        HttpResponse<String> response = http.send(http.request("/api/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:bcf-ledger:problem:invalid");
        assertThat(problem.get("reason").asString()).contains("could not be read");
    }
}
