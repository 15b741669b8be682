package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.TestEvents;
import uk.bcf.ledger.shared.command.MetricYearId;
import uk.bcf.ledger.shared.period.Period;

/**
 * Reads that wait for a write: {@code awaitPosition} answers once every segment has processed the event at that
 * global index, and gives up with 503 after {@code awaitTimeout}.
 */
class ReadYourWritesIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

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

    private MockMvc http() {
        return OperatorHttp.of(context);
    }
}
