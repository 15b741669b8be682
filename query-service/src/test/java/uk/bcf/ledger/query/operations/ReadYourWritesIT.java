package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.TestEvents;
import uk.bcf.ledger.shared.command.MetricYearId;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Reads that wait for a write: {@code awaitPosition} answers once every segment has processed the event at that
 * global index, and gives up with 503 after {@code awaitTimeout}.
 */
class ReadYourWritesIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionProgress progress;

    @Test
    void aReadAwaitingAJustAppendedEventSeesItInItsFirstAnswer() throws Exception {
        String board = "RYW00001";
        long position = append(board);

        http().perform(get("/api/boards/{code}/figures/NEL/2019-04", board)
                        .param("awaitPosition", String.valueOf(position))
                        .param("awaitTimeout", "PT10S"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(2134))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aPositionAlreadyProcessedIsAnsweredWithoutWaiting() throws Exception {
        long position = append("RYW00002");
        await().atMost(PATIENCE).until(() -> progress.hasProcessed(position));

        http().perform(get("/api/boards/RYW00002/figures/NEL/2019-04")
                        .param("awaitPosition", String.valueOf(position))
                        .param("awaitTimeout", "PT0S"))
                .andExpect(status().isOk());
        assertThat(progress.lowestPosition().orElseThrow()).isGreaterThanOrEqualTo(position);
    }

    @Test
    void aPositionBeyondTheHeadTimesOutWith503WithinTheRequestedTimeout() throws Exception {
        long beyond = head() + 1_000;
        long started = System.nanoTime();

        http().perform(get("/api/boards")
                        .param("awaitPosition", String.valueOf(beyond))
                        .param("awaitTimeout", "PT0.3S"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:not-caught-up"))
                .andExpect(jsonPath("$.field").value("awaitPosition"));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
    }

    @Test
    void hundredsOfWaitingReadsNeitherTieUpTheServiceNorSlowItsProbes() throws Exception {
        String awaiting = "/api/boards?awaitPosition=" + (head() + 1_000) + "&awaitTimeout=PT20S";
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.send(request("/api/boards"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
        for (int read = 0; read < 300; read++) {
            reads.add(client.sendAsync(request(awaiting), HttpResponse.BodyHandlers.ofString()));
        }

        // The refusals are immediate; the bound only allows for 300 connections opened on a busy 2-core machine.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reads.stream().filter(CompletableFuture::isDone).count() >= 300 - 16);
        assertThat(reads.stream().filter(read -> !read.isDone()))
                .as("reads still waiting while the probes are asked")
                .isNotEmpty();
        for (int probe = 0; probe < 5; probe++) {
            long started = System.nanoTime();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create(base() + "/actuator/health/liveness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        }
        List<HttpResponse<String>> answers =
                reads.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        });
        assertThat(answers.stream().filter(answer -> answer.body().contains("urn:bcf-ledger:problem:busy")))
                .hasSizeGreaterThanOrEqualTo(300 - 16);
    }

    @Test
    void refusesMalformedAwaitParameters() throws Exception {
        http().perform(get("/api/boards").param("awaitPosition", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("awaitPosition"));
        http().perform(get("/api/boards").param("awaitPosition", "1").param("awaitTimeout", "PT31S"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("awaitTimeout"));
    }

    /** Appends a board and its first actual as the command side would; returns the actual's global index. */
    private long append(String board) {
        GenericDomainEventMessage<?> actual = new GenericDomainEventMessage<>(
                "MetricYear",
                MetricYearId.of(board, "NEL", Period.parse("2019-04")),
                0,
                TestEvents.recorded(board, "NEL", "2019-04", 1, 2134));
        eventStore.publish(
                new GenericDomainEventMessage<>("Board", board, 0, TestEvents.registered(board, "Read your writes")),
                actual);
        return jdbc.sql("select global_index from event_store.domain_event_entry where event_identifier = ?")
                .param(actual.getIdentifier())
                .query(Long.class)
                .single();
    }

    private long head() {
        return jdbc.sql("select coalesce(max(global_index), 0) from event_store.domain_event_entry")
                .query(Long.class)
                .single();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", TestUser.OPERATOR.authorization())
                .header("Accept", "application/json")
                .build();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private MockMvc http() {
        return OperatorHttp.of(context);
    }
}
