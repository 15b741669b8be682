package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.registered;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.PerformanceProjection;

/**
 * A processor that stops without being asked to (as when its thread dies) is reported stalled, in error, not caught
 * up and out of readiness once the stall timeout has passed, and is restarted by the service itself. Its context is
 * closed after the class: left cached, it would be a second live instance on the shared test database, claiming the
 * segments other tests stop on purpose.
 */
@DirtiesContext
@TestPropertySource(
        properties = {
            "bcf.projection.stall-timeout=2s",
            "bcf.projection.restart-backoff=1s",
            "bcf.projection.sample-interval=200ms"
        })
class ProcessorSupervisorIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    StreamingProcessorRegistry processors;

    @Autowired
    ReadModelRebuilder rebuilder;

    @Autowired
    ProjectionHealthIndicator health;

    @Autowired
    EventStore eventStore;

    @Autowired
    MeterRegistry meters;

    @Test
    void aProcessorThatStoppedByItselfIsReportedStalledAndRestarted() {
        await().atMost(PATIENCE).until(() -> projection().isRunning());
        double restartsBefore = meters.get("bcf.projection.restarts").counter().count();

        projection().shutDown();
        eventStore.publish(
                new GenericDomainEventMessage<>("Board", "STALL0001", 0, registered("STALL0001", "Stalled")));

        await().atMost(PATIENCE).untilAsserted(() -> {
            ProcessorStatus status = status();
            assertThat(status.stalled()).as("stalled").isTrue();
            assertThat(status.error()).as("error").isTrue();
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(gauge("bcf.projection.stalled")).isEqualTo(1);
        });
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(projection().isRunning()).as("restarted").isTrue();
            assertThat(status().stalled()).as("stalled").isFalse();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        });
        assertThat(meters.get("bcf.projection.restarts").counter().count()).isGreaterThan(restartsBefore);
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

    private StreamingEventProcessor projection() {
        return processors.byName().get(PerformanceProjection.GROUP);
    }
}
