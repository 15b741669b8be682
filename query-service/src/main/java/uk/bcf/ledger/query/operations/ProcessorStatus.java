package uk.bcf.ledger.query.operations;

import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Where one streaming processor stands.
 *
 * @param name      the processing group
 * @param running   whether it is processing
 * @param error     whether any segment is in error (and retrying), or the processor has stalled
 * @param stalled   whether it has stopped, or stayed behind without moving, for longer than the stall timeout
 *                  ({@link ProcessorSupervisor}); it is being restarted
 * @param replaying whether any segment is replaying past events and has not yet reached the position it was reset
 *                  from ({@link ReplayProgress})
 * @param segments  the segments this instance holds, with their positions in the event stream; none is caught up
 *                  while the processor is stalled
 */
public record ProcessorStatus(
        String name, boolean running, boolean error, boolean stalled, boolean replaying, List<Segment> segments) {

    /** One claimed segment and the global index it has reached, if known. */
    public record Segment(int id, Long position, boolean caughtUp) {}

    static ProcessorStatus of(StreamingEventProcessor processor, boolean stalled) {
        List<Segment> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(status -> new Segment(
                        status.getSegment().getSegmentId(),
                        status.getCurrentPosition().isPresent()
                                ? status.getCurrentPosition().getAsLong()
                                : null,
                        status.isCaughtUp() && !stalled))
                .toList();
        return new ProcessorStatus(
                processor.getName(),
                processor.isRunning(),
                processor.isError() || stalled,
                stalled,
                ReplayProgress.replaying(processor),
                segments);
    }
}
