package uk.bcf.ledger.query.operations;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code projections} health: out of service while any streaming processor is in error or lags the event store
 * by more than {@code bcf.projection.max-healthy-lag} events, so that readiness takes a stale or stuck instance
 * out of rotation (a rebuild included) while liveness stays up.
 */
@Component("projections")
class ProjectionHealthIndicator implements HealthIndicator {

    private final StreamingProcessorRegistry processors;
    private final ProjectionLag lag;
    private final long maxHealthyLag;

    ProjectionHealthIndicator(
            StreamingProcessorRegistry processors,
            ProjectionLag lag,
            @Value("${bcf.projection.max-healthy-lag:1000}") long maxHealthyLag) {
        this.processors = processors;
        this.lag = lag;
        this.maxHealthyLag = maxHealthyLag;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        boolean healthy = true;
        for (var entry : processors.byName().entrySet()) {
            long behind = lag.eventsBehind(entry.getKey());
            boolean error = entry.getValue().isError();
            details.put(
                    entry.getKey(),
                    Map.of(
                            "lag",
                            behind,
                            "error",
                            error,
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
