package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.registered;

import java.time.Duration;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.testsupport.TestDatabase;

/**
 * Two query instances on one database divide the processor's segments between them, both project, and when one
 * goes the other takes its segments over and projects everything.
 */
class SegmentSharingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Map<String, String> FAST_HEARTBEAT = Map.of("bcf.cluster.heartbeat-interval", "200ms");

    private static TestDatabase database;
    private static QueryInstance one;
    private static QueryInstance two;

    @BeforeAll
    static void startOne() {
        database = QueryServiceTestDatabase.withEventStore(TestDatabase.create());
        one = QueryInstance.start(database, "one", FAST_HEARTBEAT);
    }

    @AfterAll
    static void stop() {
        for (QueryInstance instance : new QueryInstance[] {two, one}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void twoInstancesShareTheSegmentsAndOneTakesOverWhenTheOtherGoes() {
        await().atMost(PATIENCE).until(() -> one.claimedSegments() == 2);

        two = QueryInstance.start(database, "two", FAST_HEARTBEAT);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(one.claimedSegments()).as("segments held by one").isEqualTo(1);
            assertThat(two.claimedSegments()).as("segments held by two").isEqualTo(1);
        });
        publishBoards(1, 20);
        awaitEveryBoardProjected(20);

        one.close();
        one = null;

        await().atMost(PATIENCE).until(() -> two.claimedSegments() == 2);
        publishBoards(21, 40);
        awaitEveryBoardProjected(40);
    }

    private static void publishBoards(int from, int to) {
        EventStore events = two == null ? one.bean(EventStore.class) : two.bean(EventStore.class);
        for (int board = from; board <= to; board++) {
            String code = "SHR%05d".formatted(board);
            events.publish(new GenericDomainEventMessage<>("Board", code, 0, registered(code, "Shared " + board)));
        }
    }

    private static void awaitEveryBoardProjected(int boards) {
        long head = two.bean(EventStoreIndex.class).head();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(two.bean(ProjectionProgress.class).hasProcessed(head)).isTrue();
            assertThat(jdbc().sql("select count(*) from read_model.board where code like 'SHR%'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(boards);
        });
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
    }
}
