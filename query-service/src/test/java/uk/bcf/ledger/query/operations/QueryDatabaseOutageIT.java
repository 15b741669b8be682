package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.testsupport.TcpProxy;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A query service whose database goes away (connections through a proxy cut, port closed) answers reads within
 * seconds with 503, {@code Retry-After} and a problem, reports readiness DOWN within seconds without its check
 * hanging, and answers again once the database is back, without a restart.
 */
class QueryDatabaseOutageIT {

    private static final Duration FAST = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TcpProxy database;
    private static QueryInstance service;

    @BeforeAll
    static void startBehindAProxy() {
        TestDatabase shared = QueryServiceTestDatabase.withEventStore(TestDatabase.create());
        database = shared.proxy();
        service = QueryInstance.start(shared, shared.jdbcUrlThrough(database), "outage", Map.of());
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.restore();
        }
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anOutageIsAnsweredWith503WithinSecondsAndReadsResumeWithoutARestart() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/actuator/health/readiness", false).statusCode() == 200);
        assertThat(get("/api/boards", true).statusCode()).isEqualTo(200);

        database.cut();

        long started = System.nanoTime();
        HttpResponse<String> read = get("/api/boards", true);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("time to answer")
                .isLessThan(FAST);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
        assertThat(read.headers().firstValue("Retry-After")).isPresent();
        assertThat(read.body()).contains("urn:bcf-ledger:problem:unavailable");

        started = System.nanoTime();
        HttpResponse<String> readiness = get("/actuator/health/readiness", false);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("readiness answered")
                .isLessThan(FAST);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);

        database.restore();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/boards", true).statusCode()).isEqualTo(200);
            assertThat(get("/actuator/health/readiness", false).statusCode()).isEqualTo(200);
        });
    }

    private static HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (signedIn) {
            request.header("Authorization", TestUser.OPERATOR.authorization());
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
