package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.List;

/**
 * What the event store and the token store said when last asked ({@link ProjectionMonitor}): the head of the store
 * and every segment's progress, or why they could not be read. Health and meters answer from it, so neither ever
 * waits on the database.
 *
 * @param readAt   when it was read ({@link System#nanoTime()})
 * @param head     the highest global index in the event store (zero on failure)
 * @param segments every segment of every processor (none on failure)
 * @param failure  why the stores could not be read, or {@code null}
 */
record ProjectionSample(long readAt, long head, List<SegmentProgress> segments, String failure) {

    ProjectionSample {
        segments = List.copyOf(segments);
    }

    static ProjectionSample failed(long readAt, RuntimeException cause) {
        return new ProjectionSample(readAt, 0, List.of(), cause.getClass().getSimpleName());
    }

    /** Nothing read yet: stale from the start. */
    static ProjectionSample none() {
        return new ProjectionSample(System.nanoTime() - Duration.ofDays(1).toNanos(), 0, List.of(), "not read yet");
    }

    /** Whether it was read successfully no longer ago than the bound. */
    boolean fresh(Duration bound) {
        return failure == null && System.nanoTime() - readAt <= bound.toNanos();
    }

    /** The events not yet processed by the slowest segment of the processor; a segment without a token is at zero. */
    long eventsBehind(String processor) {
        long lowest = segments.stream()
                .filter(segment -> segment.processor().equals(processor))
                .mapToLong(segment -> segment.position().orElse(0))
                .min()
                .orElse(0);
        return Math.max(0, head - lowest);
    }
}
