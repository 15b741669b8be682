package uk.bcf.ledger.query.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Notices a streaming processor that has stopped without being asked to, or whose segments stay behind the head of
 * the event store without moving (a dead or stuck thread, such as one that ran out of memory), for longer than
 * {@code bcf.projection.stall-timeout}, and restarts it, waiting longer after each restart that did not help
 * ({@code bcf.projection.restart-backoff} doubling up to {@code bcf.projection.max-restart-backoff}). Until it moves
 * again it is reported stalled: in error, not caught up, out of readiness. A processor that Axon itself reports in
 * error is left to Axon's own retries; one paused for a rebuild ({@link #pause}) is left alone.
 */
@Component
public class ProcessorSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorSupervisor.class);

    private final StreamingProcessorRegistry processors;
    private final Duration stallTimeout;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Counter restarts;
    private final Map<String, ProcessorWatch> watches = new ConcurrentHashMap<>();
    private final Set<String> paused = ConcurrentHashMap.newKeySet();

    ProcessorSupervisor(
            StreamingProcessorRegistry processors,
            MeterRegistry meters,
            @Value("${bcf.projection.stall-timeout:60s}") Duration stallTimeout,
            @Value("${bcf.projection.restart-backoff:5s}") Duration firstBackoff,
            @Value("${bcf.projection.max-restart-backoff:5m}") Duration maxBackoff) {
        this.processors = processors;
        this.stallTimeout = stallTimeout;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.restarts = Counter.builder("bcf.projection.restarts")
                .description("streaming processors restarted because they had stopped or stalled")
                .register(meters);
    }

    /** Whether the processor has stopped or stalled and not moved since. */
    public boolean stalled(String processor) {
        ProcessorWatch watch = watches.get(processor);
        return watch != null && watch.stalled();
    }

    /** Leaves the processor alone while it is stopped on purpose (a rebuild), until {@link #resume}. */
    void pause(String processor) {
        paused.add(processor);
        watches.remove(processor);
    }

    void resume(String processor) {
        watches.remove(processor);
        paused.remove(processor);
    }

    /** Looks at every processor against the latest sample; restarts those stalled once their back-off allows. */
    void check(ProjectionSample sample) {
        if (!sample.fresh(stallTimeout)) {
            return;
        }
        long now = System.nanoTime();
        processors.byName().forEach((name, processor) -> {
            if (paused.contains(name)) {
                return;
            }
            ProcessorWatch watch = watches.computeIfAbsent(
                    name, key -> new ProcessorWatch(now, stallTimeout, firstBackoff, maxBackoff));
            if (watch.observe(processor, sample.head(), now) && watch.mayRestart(now)) {
                restart(name, processor);
                watch.restarted(System.nanoTime());
            }
        });
    }

    private void restart(String name, StreamingEventProcessor processor) {
        LOG.warn(
                "Processor {} has stopped or not moved for {} while behind the event store; restarting it",
                name,
                stallTimeout);
        restarts.increment();
        try {
            processor.shutdownAsync().get(stallTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Processor {} did not shut down within {}; starting it anyway", name, stallTimeout);
        } catch (ExecutionException e) {
            LOG.warn("Processor {} failed to shut down; starting it anyway", name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        processor.start();
    }
}
