package uk.bcf.ledger.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import uk.bcf.ledger.benchmark.load.HttpJson;

/**
 * A full rebuild of the query service's read models: {@code POST /api/admin/read-models/rebuild}, then polling
 * {@code GET /api/admin/read-models} and the {@code bcf_projection_lag_events} gauge until every processor has
 * segments, none is in error, every segment has reached the head of the event store and the lag is zero. The same
 * check tells when the initial projection after start-up has caught up.
 *
 * <p>The {@code replaying} flag is not part of the check: Axon keeps a segment's replay token (and so the flag)
 * until the segment processes an event <em>after</em> the position it was reset at, so on a store that receives no
 * new event the flag stays up although every event has been replayed. Whether it was still up is reported.
 */
public final class Rebuild {

    private static final String LAG = "bcf_projection_lag_events";
    private static final long POLL_MILLIS = 250;
    private static final long PROGRESS_NANOS = 30_000_000_000L;

    private final HttpJson query;
    private final Prometheus prometheus;

    public Rebuild(HttpJson query) {
        this.query = query;
        this.prometheus = new Prometheus(query);
    }

    /**
     * The rebuild's throughput over {@code events}, and whether {@code GET /api/admin/read-models} still said
     * {@code replaying} once every event had been processed.
     */
    public record Result(Throughput throughput, boolean stillFlaggedReplaying) {}

    /** Starts the rebuild and waits for it. */
    public Result run(long events, long head, Duration timeout) {
        long started = System.nanoTime();
        HttpJson.Response accepted = query.send("POST", "/api/admin/read-models/rebuild", null);
        if (accepted.status() != 202) {
            throw new IllegalStateException("rebuild answered " + accepted.status() + ": " + accepted.snippet());
        }
        boolean replaying = awaitCaughtUp(head, timeout);
        return new Result(Throughput.since(events, started), replaying);
    }

    /**
     * Waits until every processor has processed the event at {@code head}.
     *
     * @return whether some processor still reported {@code replaying} then
     */
    public boolean awaitCaughtUp(long head, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long reported = System.nanoTime();
        while (true) {
            JsonNode processors =
                    query.get("/api/admin/read-models", "application/json").json();
            if (caughtUp(processors, head) && prometheus.sum(LAG) == 0) {
                boolean replaying = false;
                for (JsonNode processor : processors) {
                    replaying |= processor.get("replaying").asBoolean();
                }
                return replaying;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("read models did not catch up within " + timeout + ": " + processors);
            }
            if (System.nanoTime() - reported > PROGRESS_NANOS) {
                System.out.printf("  … projection lag %,.0f events%n", prometheus.sum(LAG));
                reported = System.nanoTime();
            }
            sleep();
        }
    }

    private static boolean caughtUp(JsonNode processors, long head) {
        if (processors.isEmpty()) {
            return false;
        }
        for (JsonNode processor : processors) {
            if (processor.get("error").asBoolean() || processor.get("segments").isEmpty()) {
                return false;
            }
            for (JsonNode segment : processor.get("segments")) {
                if (segment.get("position").isNull() || segment.get("position").asLong() < head) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
