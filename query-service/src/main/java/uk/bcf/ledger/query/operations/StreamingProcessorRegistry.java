package uk.bcf.ledger.query.operations;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** The streaming event processors this service runs, by processing group name. */
@Component
public class StreamingProcessorRegistry {

    private final EventProcessingConfiguration processing;

    public StreamingProcessorRegistry(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The processors, ordered by name. */
    public Map<String, StreamingEventProcessor> byName() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor) {
                streaming.put(name, streamingProcessor);
            }
        });
        return streaming;
    }

    public Set<String> names() {
        return byName().keySet();
    }
}
