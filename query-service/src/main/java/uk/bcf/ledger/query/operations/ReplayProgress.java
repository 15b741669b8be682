package uk.bcf.ledger.query.operations;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Whether a segment replays and how far a replay has got. A segment replays while its position is below the
 * position it was reset from. Axon keeps a segment's replay token until it sees an event past that position, so on
 * an idle store a finished replay would be reported forever; here it ends once the position is reached.
 */
final class ReplayProgress {

    private ReplayProgress() {}

    /** Whether any segment the processor holds here still replays. */
    static boolean replaying(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().anyMatch(ReplayProgress::replaying);
    }

    /** Whether the segment has yet to reach the position it was reset from. */
    static boolean replaying(EventTrackerStatus status) {
        return status.isReplaying() && fraction(status) < 1.0;
    }

    /** The mean, over replaying segments, of the position reached over the position to reach; 1 when none replays. */
    static double of(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .filter(ReplayProgress::replaying)
                .mapToDouble(ReplayProgress::fraction)
                .average()
                .orElse(1.0);
    }

    private static double fraction(EventTrackerStatus status) {
        long target = status.getResetPosition().orElse(0);
        long reached = status.getCurrentPosition().orElse(0);
        return target <= 0 ? 1.0 : Math.min(1.0, (double) reached / target);
    }
}
