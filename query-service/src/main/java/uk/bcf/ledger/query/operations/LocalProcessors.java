package uk.bcf.ledger.query.operations;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pauses and resumes this instance's streaming processors for a rebuild. Pausing shuts a processor down, which
 * releases its segments' claims for another node to take, and tells the {@link ProcessorSupervisor} to leave it
 * alone; resuming starts it again and hands it back to the supervisor.
 */
@Component
class LocalProcessors {

    private static final Logger LOG = LoggerFactory.getLogger(LocalProcessors.class);

    private final StreamingProcessorRegistry processors;
    private final ProcessorSupervisor supervisor;

    LocalProcessors(StreamingProcessorRegistry processors, ProcessorSupervisor supervisor) {
        this.processors = processors;
        this.supervisor = supervisor;
    }

    void pause() {
        processors.byName().forEach((name, processor) -> {
            supervisor.pause(name);
            processor.shutDown();
            LOG.info("Processor {} paused for a rebuild; its segments are released", name);
        });
    }

    void resume() {
        processors.byName().forEach((name, processor) -> {
            try {
                if (!processor.isRunning()) {
                    processor.start();
                }
            } finally {
                supervisor.resume(name);
            }
            LOG.info("Processor {} resumed", name);
        });
    }

    /** Resets every processor's tokens to the start of the stream, its reset handler emptying its tables. */
    void resetTokens() {
        processors.byName().values().forEach(StreamingEventProcessor::resetTokens);
    }
}
