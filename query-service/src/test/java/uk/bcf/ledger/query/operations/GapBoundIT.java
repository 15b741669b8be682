package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.registered;

import java.time.Duration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.axon.AxonPostgresProperties;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.query.QueryServiceTestDatabase;

/**
 * Thousands of positions taken and never filled (rolled-back inserts) cost a processor a bounded number of gaps:
 * it projects the events after them at once, and no segment's token holds more gaps than
 * {@code bcf.axon.max-gap-offset}, however many positions are missing. Every event read carries a copy of its
 * token's gaps, so this bound is what keeps such a burst from exhausting the heap.
 */
class GapBoundIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int BURNED = 5_000;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStoreIndex eventStoreIndex;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    AxonPostgresProperties axon;

    @Test
    void positionsThatNeverFillCostEachTokenAtMostTheMaximumGapOffset() {
        publish("GAPS0001");
        jdbc.sql("select count(nextval('event_store.domain_event_entry_global_index_seq')) from generate_series(1, ?)")
                .param(BURNED)
                .query(Long.class)
                .single();
        for (int board = 2; board <= 20; board++) {
            publish("GAPS%04d".formatted(board));
        }
        long head = eventStoreIndex.head();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(progress.hasProcessed(head)).isTrue());
        assertThat(progress.segments())
                .allSatisfy(segment -> assertThat(gaps(segment))
                        .as("gaps of segment " + segment.segment())
                        .isLessThanOrEqualTo(axon.maxGapOffset()));
    }

    private void publish(String board) {
        eventStore.publish(new GenericDomainEventMessage<>("Board", board, 0, registered(board, "Gaps " + board)));
    }

    private static int gaps(SegmentProgress segment) {
        return WrappedToken.unwrap(segment.token(), GapAwareTrackingToken.class)
                .map(token -> token.getGaps().size())
                .orElse(0);
    }
}
