package uk.bcf.ledger.query.operations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds read models from the event store: each streaming processor is stopped, its reset handlers empty its
 * tables and its tokens go back to the start of the stream (one transaction), and it is started again to replay
 * every event. Other instances of the query service must not hold segments of the processor while this runs.
 */
@Service
public class ReadModelRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilder.class);

    private final StreamingProcessorRegistry processors;
    private final ProcessorSupervisor supervisor;

    public ReadModelRebuilder(StreamingProcessorRegistry processors, ProcessorSupervisor supervisor) {
        this.processors = processors;
        this.supervisor = supervisor;
    }

    /** Rebuilds every read model; returns the names of the processors that were reset. */
    public List<String> rebuildAll() {
        Map<String, StreamingEventProcessor> streaming = processors.byName();
        streaming.forEach((name, processor) -> {
            LOG.info("Rebuilding read model of processor {}", name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        return List.copyOf(streaming.keySet());
    }

    /** Where each streaming processor stands. */
    public List<ProcessorStatus> status() {
        return processors.byName().values().stream()
                .map(processor -> ProcessorStatus.of(processor, supervisor.stalled(processor.getName())))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }
}
