package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.registered;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.PerformanceProjection;

/** The lag gauge, read from the monitor's samples, rises while the projection is paused and returns to zero once it resumes and catches up. */
class ProjectionLagIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StreamingProcessorRegistry processors;

    @Autowired
    ProjectionHealthIndicator health;

    @Autowired
    ProjectionMonitor monitor;

    @Autowired
    ProcessorSupervisor supervisor;

    @AfterEach
    void resume() {
        projection().start();
    }

    @Test
    void theLagGaugeRisesWhilePausedAndReturnsToZeroAfterResuming() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag()).isZero());
        projection().shutDown();

        for (int board = 0; board < 3; board++) {
            String code = "LAG0000" + board;
            eventStore.publish(new GenericDomainEventMessage<>("Board", code, 0, registered(code, "Lagging " + board)));
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag()).isEqualTo(3));
        assertThat(gauge("bcf.projection.replaying")).isZero();
        projection().start();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag()).isZero());
        assertThat(gauge("bcf.projection.segments.claimed")).isEqualTo(2);
    }

    @Test
    void theProjectionsHealthGoesOutOfServiceBeyondTheLagBound() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag()).isZero());
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        ProjectionHealthIndicator strict = new ProjectionHealthIndicator(processors, monitor, supervisor, 0);
        projection().shutDown();

        eventStore.publish(new GenericDomainEventMessage<>("Board", "LAG00099", 0, registered("LAG00099", "Lagging")));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(strict.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE));
        assertThat(health.health().getStatus())
                .as("one event is within the configured bound")
                .isEqualTo(Status.UP);
    }

    private double lag() {
        return gauge("bcf.projection.lag");
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
