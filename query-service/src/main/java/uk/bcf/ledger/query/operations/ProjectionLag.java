package uk.bcf.ledger.query.operations;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.EventStoreIndex;

/**
 * How many events a processor is behind the event store: the head of the store (its highest global index) minus
 * the lowest position any of the processor's segments has reached, across all instances (read from the token
 * store). A segment that has processed nothing counts as position zero.
 */
@Component
public class ProjectionLag {

    private final EventStoreIndex eventStore;
    private final ProjectionProgress progress;

    ProjectionLag(EventStoreIndex eventStore, ProjectionProgress progress) {
        this.eventStore = eventStore;
        this.progress = progress;
    }

    /** The events not yet processed by the slowest segment of the processor; zero when caught up. */
    public long eventsBehind(String processor) {
        List<SegmentProgress> segments = progress.segments().stream()
                .filter(segment -> segment.processor().equals(processor))
                .toList();
        long lowest = segments.isEmpty()
                ? 0
                : segments.stream()
                        .mapToLong(segment -> segment.position().orElse(0))
                        .min()
                        .orElse(0);
        return Math.max(0, eventStore.head() - lowest);
    }
}
