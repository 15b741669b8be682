package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.registered;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;
import uk.bcf.ledger.testsupport.TestDatabase;

/**
 * A rebuild asked of any of several query instances on one database runs for all of them or is refused with 409
 * having changed nothing, and leaves no instance with a stopped processor. One instance here ("stubborn") never
 * follows rebuilds (its heartbeat is an hour apart) and holds every segment: a rebuild asked of another instance is
 * refused once its release timeout has passed, with the tokens and read tables as they were (asked of an instance
 * holding no segment, as in the failure this guards against). Once it has gone, a rebuild asked of the instance
 * that joined last pauses the other, resets once, and both go on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterRebuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int BOARDS = 30;
    private static final Map<String, String> FOLLOWING = Map.of(
            "bcf.cluster.heartbeat-interval", "200ms",
            "bcf.rebuild.release-timeout", "4s",
            "bcf.projection.sample-interval", "200ms");

    private static TestDatabase database;
    private static QueryInstance stubborn;
    private static QueryInstance first;
    private static QueryInstance second;

    @BeforeAll
    static void startInstances() {
        database = QueryServiceTestDatabase.withEventStore(TestDatabase.create());
        stubborn = QueryInstance.start(database, "stubborn", Map.of("bcf.cluster.heartbeat-interval", "1h"));
        EventStore events = stubborn.bean(EventStore.class);
        for (int board = 1; board <= BOARDS; board++) {
            String code = "CLU%05d".formatted(board);
            events.publish(new GenericDomainEventMessage<>("Board", code, 0, registered(code, "Cluster " + board)));
        }
        await().atMost(PATIENCE).until(() -> stubborn.claimedSegments() == 2 && boards() == BOARDS);
        first = QueryInstance.start(database, "first", FOLLOWING);
    }

    @AfterAll
    static void stopInstances() {
        for (QueryInstance instance : new QueryInstance[] {second, first, stubborn}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    @Order(1)
    void aRebuildWhoseSegmentsAreNotReleasedIsRefusedAndChangesNothing() {
        List<String> tokensBefore = tokens();

        assertThatThrownBy(() -> first.bean(ReadModelRebuilder.class).rebuildAll())
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(RefusalKind.CONFLICT));

        assertThat(tokens()).as("tokens").isEqualTo(tokensBefore);
        assertThat(boards()).as("boards in the read model").isEqualTo(BOARDS);
        assertThat(first.projection().isRunning()).as("first running").isTrue();
        assertThat(stubborn.projection().isRunning()).as("stubborn running").isTrue();
        assertThat(lastRebuildState()).isEqualTo("abandoned");
    }

    @Test
    @Order(2)
    void aRebuildAskedOfTheInstanceThatJoinedLastRunsForEveryInstance() {
        stubborn.close();
        stubborn = null;
        await().atMost(PATIENCE).until(() -> first.claimedSegments() == 2);
        second = QueryInstance.start(database, "second", FOLLOWING);
        long lastStampBefore = stamps("max");

        List<String> rebuilt = second.bean(ReadModelRebuilder.class).rebuildAll();

        assertThat(rebuilt).isNotEmpty();
        assertThat(lastRebuildState()).isEqualTo("done");
        long head = second.bean(EventStoreIndex.class).head();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(first.projection().isRunning()).as("first running").isTrue();
            assertThat(second.projection().isRunning()).as("second running").isTrue();
            assertThat(second.bean(ProjectionProgress.class).hasProcessed(head)).isTrue();
            assertThat(boards()).isEqualTo(BOARDS);
        });
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(stamps("min"))
                        .as("every board's rows written again by the replay")
                        .isGreaterThan(lastStampBefore));
    }

    /** The lowest or highest change stamp of the test's boards: stamps are never reused, not even by a rebuild. */
    private static long stamps(String aggregate) {
        return jdbc().sql("select " + aggregate + "(stamp) from read_model.board_change where board_code like 'CLU%'")
                .query(Long.class)
                .single();
    }

    private static long boards() {
        return jdbc().sql("select count(*) from read_model.board where code like 'CLU%'")
                .query(Long.class)
                .single();
    }

    private static List<String> tokens() {
        return jdbc().sql(
                        "select segment || ':' || token_type || ':' || encode(token, 'escape') from read_model.token_entry"
                                + " order by segment")
                .query(String.class)
                .list();
    }

    private static String lastRebuildState() {
        return jdbc().sql("select state from read_model.read_model_rebuild order by id desc limit 1")
                .query(String.class)
                .single();
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password()));
    }
}
