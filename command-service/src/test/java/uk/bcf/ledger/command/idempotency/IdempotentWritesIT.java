package uk.bcf.ledger.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.testsupport.TestUser;

/** A write retried with the same Idempotency-Key gets the first answer and stores nothing new. */
@CommandServiceTest
class IdempotentWritesIT {

    private static final String SOUTHEND = "E06000033";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void registerSouthend() throws Exception {
        send(
                "POST",
                "/api/boards",
                "{\"code\":\"" + SOUTHEND + "\",\"name\":\"Southend-on-Sea\"}",
                "register-southend");
    }

    @Test
    void aRetriedRecordIsAnsweredFromTheFirstAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1580}";
        long before = events();

        HttpResponse<String> first = send("POST", "/api/boards/" + SOUTHEND + "/actuals", body, key);
        HttpResponse<String> retry = send("POST", "/api/boards/" + SOUTHEND + "/actuals", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void aRetriedCorrectionDoesNotCreateASecondVersion() throws Exception {
        send(
                "POST",
                "/api/boards/" + SOUTHEND + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1600}",
                null);
        String key = UUID.randomUUID().toString();
        String correction = "{\"value\":1610,\"reason\":\"SUS resubmission\"}";

        HttpResponse<String> first = send("PUT", "/api/boards/" + SOUTHEND + "/actuals/NEL/2019-05", correction, key);
        long after = events();
        HttpResponse<String> retry = send("PUT", "/api/boards/" + SOUTHEND + "/actuals/NEL/2019-05", correction, key);

        assertThat(first.body()).contains("\"version\":2");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        send(
                "POST",
                "/api/boards/" + SOUTHEND + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-06\",\"value\":1500}",
                key);
        long before = events();

        HttpResponse<String> reused = send(
                "POST",
                "/api/boards/" + SOUTHEND + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-07\",\"value\":1490}",
                key);

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reused.body()).contains("\"field\":\"Idempotency-Key\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMalformedKeyIsRefused() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/boards/" + SOUTHEND + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-08\",\"value\":1}",
                "has spaces in it");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"Idempotency-Key\"");
    }

    @Test
    void aStaleIfMatchIsAConflictAndStoresNothing() throws Exception {
        send(
                "POST",
                "/api/boards/" + SOUTHEND + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-09\",\"value\":1700}",
                null);
        send(
                "PUT",
                "/api/boards/" + SOUTHEND + "/actuals/NEL/2019-09",
                "{\"value\":1710,\"reason\":\"late data\"}",
                null);
        long before = events();

        HttpResponse<String> stale = http.send(
                request(
                                "PUT",
                                "/api/boards/" + SOUTHEND + "/actuals/NEL/2019-09",
                                "{\"value\":1720,\"reason\":\"late data again\"}")
                        .header("If-Match", "\"1\"")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"field\":\"If-Match\"");
        assertThat(events()).isEqualTo(before);
    }

    private HttpResponse<String> send(String method, String path, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(method, path, body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", TestUser.OPERATOR.authorization());
    }

    private long events() {
        return jdbc.sql("select count(*) from event_store.domain_event_entry")
                .query(Long.class)
                .single();
    }
}
