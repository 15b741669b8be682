package uk.bcf.ledger.benchmark.measure;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import uk.bcf.ledger.benchmark.load.CommandClient;
import uk.bcf.ledger.benchmark.load.HttpJson;

/**
 * End-to-end lag from an accepted write to its visibility on the query service, without {@code awaitPosition}:
 * each write records a figure never recorded before, and as soon as the command service answers 201 the figure
 * is polled ({@code GET /api/boards/{code}/figures/{metric}/{period}}, every millisecond) until it answers 200.
 * Writes are spaced apart so that each is measured on its own.
 */
public final class WriteToVisibleLag {

    private static final long POLL_NANOS = 1_000_000;
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final CommandClient command;
    private final HttpJson query;

    public WriteToVisibleLag(CommandClient command, HttpJson query) {
        this.command = command;
        this.query = query;
    }

    /** The lag distribution, and the write round trips beside it. */
    public record Result(LatencyStats lag, LatencyStats writes, long polls) {}

    public Result run(List<AppendSlots.Slot> slots, Duration spacing) {
        Histogram lag = LatencyStats.histogram();
        Histogram writes = LatencyStats.histogram();
        SplittableRandom random = new SplittableRandom(11);
        long polls = 0;
        long errors = 0;
        long started = System.nanoTime();
        for (AppendSlots.Slot slot : slots) {
            LockSupport.parkNanos(spacing.toNanos() / 2 + random.nextLong(spacing.toNanos()));
            long sent = System.nanoTime();
            command.recordActual(slot.board(), slot.metric(), slot.period(), 1_000 + random.nextInt(500));
            long accepted = System.nanoTime();
            writes.recordValue(Math.max(1, (accepted - sent) / 1_000));
            String path = "/api/boards/%s/figures/%s/%s".formatted(slot.board(), slot.metric(), slot.period());
            long visible = -1;
            while (System.nanoTime() - accepted < GIVE_UP.toNanos()) {
                polls++;
                if (query.status(path, "application/json") == 200) {
                    visible = System.nanoTime();
                    break;
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
            if (visible < 0) {
                errors++;
            } else {
                lag.recordValue(Math.max(1, (visible - accepted) / 1_000));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(LatencyStats.of(lag, errors, seconds), LatencyStats.of(writes, 0, seconds), polls);
    }
}
