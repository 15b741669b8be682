package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Waits for positions to be processed on behalf of reads ({@code awaitPosition}), so that no request can tie up the
 * service: at most {@code max-waiters} requests wait at once (a request beyond is refused at once with 503
 * {@code busy} and {@code Retry-After}), and however many wait, one shared poller reads the token store every
 * {@code poll-interval} and wakes each waiter whose position every segment has processed. The servlet threads and
 * database connections left over stay free for every other request, the health probes included.
 */
class ProcessedPositionWatch implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedPositionWatch.class);

    private record Waiter(long position, CompletableFuture<Void> processed) {}

    /** The segments as last read, and when (System.nanoTime). */
    private record Snapshot(long readAt, List<SegmentProgress> segments) {}

    private final ProjectionProgress progress;
    private final Semaphore places;
    private final int maxWaiters;
    private final long pollNanos;
    private volatile Snapshot latest;
    private final Queue<Waiter> waiting = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "await-position-poller");
        thread.setDaemon(true);
        return thread;
    });

    ProcessedPositionWatch(ProjectionProgress progress, int maxWaiters, Duration pollInterval) {
        this.progress = progress;
        this.maxWaiters = maxWaiters;
        this.places = new Semaphore(maxWaiters);
        this.pollNanos = pollInterval.toNanos();
        this.latest = new Snapshot(System.nanoTime() - pollNanos, List.of());
        poller.scheduleWithFixedDelay(
                this::wakeProcessed, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until every segment has processed the position, or the timeout has passed.
     *
     * @return whether it was processed in time
     * @throws Refusal 503 busy when {@code max-waiters} requests are waiting already
     */
    boolean await(long position, Duration timeout) {
        if (progress.hasProcessed(position, recentSegments())) {
            return true;
        }
        if (!places.tryAcquire()) {
            throw new Refusal(
                    RefusalKind.BUSY,
                    AwaitRequest.POSITION,
                    "already " + maxWaiters + " reads are waiting for writes to be processed; try again shortly");
        }
        Waiter waiter = new Waiter(position, new CompletableFuture<>());
        waiting.add(waiter);
        try {
            waiter.processed().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the watch of processed positions failed", e.getCause());
        } finally {
            waiting.remove(waiter);
            places.release();
        }
    }

    private void wakeProcessed() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            List<SegmentProgress> segments = read();
            waiting.stream()
                    .filter(waiter -> progress.hasProcessed(waiter.position(), segments))
                    .forEach(waiter -> waiter.processed().complete(null));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the processors' progress; waiting reads will try again", e);
        }
    }

    /**
     * The segments as read at most one poll interval ago: however many reads ask at once, the token store is read
     * at most once per interval. A position processed since is found by the next read (a waiter's first poll).
     */
    private List<SegmentProgress> recentSegments() {
        Snapshot last = latest;
        if (System.nanoTime() - last.readAt() < pollNanos) {
            return last.segments();
        }
        synchronized (this) {
            last = latest;
            return System.nanoTime() - last.readAt() < pollNanos ? last.segments() : read();
        }
    }

    private List<SegmentProgress> read() {
        long readAt = System.nanoTime();
        List<SegmentProgress> segments = progress.segments();
        latest = new Snapshot(readAt, segments);
        return segments;
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
