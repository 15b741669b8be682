package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.EventStoreIndex;

/**
 * Reads the head of the event store and every segment's progress once per {@code bcf.projection.sample-interval},
 * on a thread of its own, keeps the result as the latest {@link ProjectionSample}, and hands it to the
 * {@link ProcessorSupervisor}. The {@code projections} health and the {@code bcf_projection_*} meters answer from
 * that sample, so a health check never waits on an unreachable database: it reports the sample stale instead.
 */
@Component
public class ProjectionMonitor implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMonitor.class);

    private final EventStoreIndex eventStore;
    private final ProjectionProgress progress;
    private final ProcessorSupervisor supervisor;
    private final Duration staleAfter;
    private volatile ProjectionSample latest = ProjectionSample.none();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-monitor");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionMonitor(
            EventStoreIndex eventStore,
            ProjectionProgress progress,
            ProcessorSupervisor supervisor,
            @Value("${bcf.projection.sample-interval:1s}") Duration interval) {
        this.eventStore = eventStore;
        this.progress = progress;
        this.supervisor = supervisor;
        this.staleAfter = interval.multipliedBy(3).plusSeconds(2);
        sampler.scheduleWithFixedDelay(this::sample, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The latest sample, fresh or not. */
    ProjectionSample latest() {
        return latest;
    }

    /** How old a sample may be and still be believed: three intervals and the database's connection timeout. */
    Duration staleAfter() {
        return staleAfter;
    }

    /** Reads the stores now (also what the schedule runs). */
    ProjectionSample sample() {
        long readAt = System.nanoTime();
        try {
            latest = new ProjectionSample(readAt, eventStore.head(), progress.segments(), null);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the event store's head or the processors' tokens", e);
            latest = ProjectionSample.failed(readAt, e);
        }
        try {
            supervisor.check(latest);
        } catch (RuntimeException e) {
            LOG.error("The processor supervisor failed; it runs again with the next sample", e);
        }
        return latest;
    }

    @Override
    public void destroy() {
        sampler.shutdownNow();
    }
}
