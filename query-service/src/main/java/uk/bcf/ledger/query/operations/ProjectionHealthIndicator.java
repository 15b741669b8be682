package uk.bcf.ledger.query.operations;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code projections} health: out of service while any streaming processor is in error, has stalled
 * ({@link ProcessorSupervisor}) or lags the event store by more than {@code bcf.projection.max-healthy-lag} events,
 * so that readiness takes a stale or stuck instance out of rotation (a rebuild included) while liveness stays up;
 * down while the event store cannot be read. It answers from the {@link ProjectionMonitor}'s latest sample and never
 * waits on the database: a sample older than the monitor's bound counts as unreadable.
 */
@Component("projections")
class ProjectionHealthIndicator implements HealthIndicator {

    private final StreamingProcessorRegistry processors;
    private final ProjectionMonitor monitor;
    private final ProcessorSupervisor supervisor;
    private final long maxHealthyLag;

    ProjectionHealthIndicator(
            StreamingProcessorRegistry processors,
            ProjectionMonitor monitor,
            ProcessorSupervisor supervisor,
            @Value("${bcf.projection.max-healthy-lag:1000}") long maxHealthyLag) {
        this.processors = processors;
        this.monitor = monitor;
        this.supervisor = supervisor;
        this.maxHealthyLag = maxHealthyLag;
    }

    @Override
    public Health health() {
        ProjectionSample sample = monitor.latest();
        if (!sample.fresh(monitor.staleAfter())) {
            return Health.down()
                    .withDetail(
                            "eventStore",
                            "not read successfully within " + monitor.staleAfter() + ": "
                                    + (sample.failure() == null ? "no answer" : sample.failure()))
                    .build();
        }
        Map<String, Object> details = new TreeMap<>();
        boolean healthy = true;
        for (var entry : processors.byName().entrySet()) {
            long behind = sample.eventsBehind(entry.getKey());
            boolean stalled = supervisor.stalled(entry.getKey());
            boolean error = entry.getValue().isError() || stalled;
            details.put(
                    entry.getKey(),
                    Map.of(
                            "lag",
                            behind,
                            "error",
                            error,
                            "stalled",
                            stalled,
                            "running",
                            entry.getValue().isRunning()));
            healthy &= !error && behind <= maxHealthyLag;
        }
        return Health.status(healthy ? Status.UP : Status.OUT_OF_SERVICE)
                .withDetail("maxHealthyLag", maxHealthyLag)
                .withDetails(details)
                .build();
    }
}
