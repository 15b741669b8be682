package uk.bcf.ledger.query.operations;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** How far a replay has got: the mean, over replaying segments, of the position reached over the position to reach. */
final class ReplayProgress {

    private ReplayProgress() {}

    static double of(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isReplaying)
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
