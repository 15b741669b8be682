package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.registered;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.PerformanceProjection;

/**
 * A rebuild on an idle store stops being reported as replaying once every event has been replayed: status,
 * {@code bcf_projection_replaying} and the replay progress say so without waiting for another event to be written.
 */
class ReplayFlagIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ReadModelRebuilder rebuilder;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventStoreIndex eventStoreIndex;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    MeterRegistry meters;

    @Test
    void aFinishedReplayOnAnIdleStoreIsNoLongerReportedAsReplaying() {
        eventStore.publish(new GenericDomainEventMessage<>("Board", "IDLE0001", 0, registered("IDLE0001", "Idle")));
        long head = eventStoreIndex.head();
        await().atMost(PATIENCE).until(() -> progress.hasProcessed(head));

        rebuilder.rebuildAll();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(progress.hasProcessed(head))
                    .as("replayed up to the head")
                    .isTrue();
            assertThat(status().replaying()).as("status replaying").isFalse();
            assertThat(gauge("bcf.projection.replaying")).isZero();
            assertThat(gauge("bcf.projection.replay.progress")).isEqualTo(1.0);
        });
        assertThat(eventStoreIndex.head()).as("no event written since").isEqualTo(head);
    }

    private ProcessorStatus status() {
        return rebuilder.status().stream()
                .filter(status -> status.name().equals(PerformanceProjection.GROUP))
                .findFirst()
                .orElseThrow();
    }

    private double gauge(String name) {
        return meters.get(name)
                .tag("processor", PerformanceProjection.GROUP)
                .gauge()
                .value();
    }
}
