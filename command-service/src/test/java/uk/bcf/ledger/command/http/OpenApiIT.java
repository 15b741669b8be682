package uk.bcf.ledger.command.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.testsupport.RawHttp;
import uk.bcf.ledger.testsupport.TestUser;

/** The write API describes itself: every write path is in the OpenAPI document, whose server no Host header sets. */
@CommandServiceTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentListsEveryWrite() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .header("Authorization", TestUser.OPERATOR.authorization())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("\"openapi\"")
                .contains(
                        "/api/boards\"",
                        "/api/boards/{code}/populations",
                        "/api/boards/{code}/plans",
                        "/api/boards/{code}/plans/{metric}/{period}",
                        "/api/boards/{code}/actuals",
                        "/api/boards/{code}/actuals/{metric}/{period}",
                        "/api/boards/{code}/sign-offs",
                        "/api/boards/{code}/commentary",
                        "/api/boards/{code}/imports",
                        "/api/imports")
                .contains("Idempotency-Key", "If-Match");
    }

    @Test
    void theDocumentsServerIsNotTheHostAsked() {
        String answer = RawHttp.get(
                port,
                "/v3/api-docs",
                "Host: attacker.example",
                "X-Forwarded-Host: attacker.example",
                "Authorization: " + TestUser.OPERATOR.authorization());

        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"servers\":[{\"url\":\"/\"");
        assertThat(answer).doesNotContain("attacker.example");
    }
}
