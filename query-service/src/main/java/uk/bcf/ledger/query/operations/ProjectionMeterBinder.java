package uk.bcf.ledger.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * What Axon does not measure without Axon Server, per streaming processor ({@code processor} tag): the lag in
 * events, whether it has stalled, whether it is replaying and how far the replay has got, the segments this
 * instance holds, and the dead letters waiting. The lag is read from the {@link ProjectionMonitor}'s latest sample,
 * so a scrape never waits on the database ({@code NaN} while the sample is stale).
 */
@Component
class ProjectionMeterBinder implements MeterBinder {

    private final StreamingProcessorRegistry processors;
    private final ProjectionMonitor monitor;
    private final ProcessorSupervisor supervisor;
    private final EventProcessingConfiguration processing;

    ProjectionMeterBinder(
            StreamingProcessorRegistry processors,
            ProjectionMonitor monitor,
            ProcessorSupervisor supervisor,
            EventProcessingConfiguration processing) {
        this.processors = processors;
        this.monitor = monitor;
        this.supervisor = supervisor;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : processors.names()) {
            Gauge.builder("bcf.projection.lag", monitor, m -> lag(m, name))
                    .tag("processor", name)
                    .baseUnit("events")
                    .description("events in the store not yet processed by the slowest segment")
                    .register(registry);
            Gauge.builder("bcf.projection.stalled", () -> supervisor.stalled(name) ? 1 : 0)
                    .tag("processor", name)
                    .description("1 while the processor has stopped or stayed behind without moving, else 0")
                    .register(registry);
            Gauge.builder("bcf.projection.replaying", () -> ReplayProgress.replaying(processor(name)) ? 1 : 0)
                    .tag("processor", name)
                    .description("1 while the processor replays past events (a rebuild), else 0")
                    .register(registry);
            Gauge.builder("bcf.projection.replay.progress", () -> ReplayProgress.of(processor(name)))
                    .tag("processor", name)
                    .description("fraction of the replay done, 1 when not replaying")
                    .register(registry);
            Gauge.builder(
                            "bcf.projection.segments.claimed",
                            () -> processor(name).processingStatus().size())
                    .tag("processor", name)
                    .description("segments of the processor held by this instance")
                    .register(registry);
            Gauge.builder("bcf.projection.dead.letters", () -> deadLetters(name))
                    .tag("processor", name)
                    .description("events set aside in the dead-letter queue")
                    .register(registry);
        }
    }

    private static double lag(ProjectionMonitor monitor, String name) {
        ProjectionSample sample = monitor.latest();
        return sample.fresh(monitor.staleAfter()) ? sample.eventsBehind(name) : Double.NaN;
    }

    private StreamingEventProcessor processor(String name) {
        return processors.byName().get(name);
    }

    private long deadLetters(String name) {
        return processing
                .deadLetterQueue(name)
                .map(SequencedDeadLetterQueue::size)
                .orElse(0L);
    }
}
