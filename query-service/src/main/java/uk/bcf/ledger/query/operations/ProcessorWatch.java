package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * One processor as the {@link ProcessorSupervisor} last saw it: when it last moved (or was caught up, or working
 * through Axon's own error retries), since when it has been stopped, and when it may be restarted next.
 */
final class ProcessorWatch {

    private final long stallNanos;
    private final long firstBackoffNanos;
    private final long maxBackoffNanos;
    private Map<Integer, Long> positions = Map.of();
    private long movedAt;
    private long stoppedSince = -1;
    private long backoffNanos;
    private long restartAllowedAt;
    private boolean restartedWithoutMoving;
    private volatile boolean stalled;

    ProcessorWatch(long now, Duration stallTimeout, Duration firstBackoff, Duration maxBackoff) {
        this.stallNanos = stallTimeout.toNanos();
        this.firstBackoffNanos = firstBackoff.toNanos();
        this.maxBackoffNanos = maxBackoff.toNanos();
        this.movedAt = now;
        this.backoffNanos = firstBackoffNanos;
        this.restartAllowedAt = now;
    }

    /**
     * Takes in how the processor stands now; answers whether it has been stopped, or behind without moving, for
     * longer than the stall timeout. It stays reported {@link #stalled} from then until it moves again.
     */
    boolean observe(StreamingEventProcessor processor, long head, long now) {
        boolean overdue;
        if (!processor.isRunning()) {
            if (stoppedSince < 0) {
                stoppedSince = now;
            }
            overdue = now - stoppedSince > stallNanos;
        } else {
            stoppedSince = -1;
            Map<Integer, Long> current = ownPositions(processor);
            boolean behind = current.values().stream().anyMatch(position -> position < head);
            boolean moved = !current.equals(positions);
            if (moved || !behind) {
                backoffNanos = firstBackoffNanos;
                restartedWithoutMoving = false;
            }
            if (moved || !behind || processor.isError()) {
                positions = current;
                movedAt = now;
            }
            overdue = now - movedAt > stallNanos;
        }
        stalled = overdue || restartedWithoutMoving;
        return overdue;
    }

    boolean stalled() {
        return stalled;
    }

    boolean mayRestart(long now) {
        return now - restartAllowedAt >= 0;
    }

    /** A restart was tried: the next one waits twice as long, and the processor gets a stall timeout to move. */
    void restarted(long now) {
        restartAllowedAt = now + backoffNanos;
        backoffNanos = Math.min(backoffNanos * 2, maxBackoffNanos);
        movedAt = now;
        stoppedSince = -1;
        restartedWithoutMoving = true;
    }

    private static Map<Integer, Long> ownPositions(StreamingEventProcessor processor) {
        Map<Integer, Long> positions = new TreeMap<>();
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            positions.put(
                    status.getSegment().getSegmentId(),
                    status.getCurrentPosition().orElse(0));
        }
        return positions;
    }
}
