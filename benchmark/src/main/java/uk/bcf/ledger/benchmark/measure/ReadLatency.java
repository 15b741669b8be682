package uk.bcf.ledger.benchmark.measure;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.HdrHistogram.Recorder;
import uk.bcf.ledger.benchmark.load.HttpJson;
import uk.bcf.ledger.benchmark.load.Parallel;

/**
 * Latency of one read under concurrent clients, each sending the next request as soon as the last was answered
 * (a closed loop, no think time), to random boards and financial years: first a warm-up, whose latencies are
 * discarded, then the measured window. A request counts as an error unless it answers 200.
 */
public final class ReadLatency {

    private final HttpJson query;
    private final int clients;

    public ReadLatency(HttpJson query, int clients) {
        this.query = query;
        this.clients = clients;
    }

    /**
     * @param path   the request path for a random board and year, from a client's own random stream
     * @param accept the {@code Accept} header
     */
    public LatencyStats run(
            Function<SplittableRandom, String> path, String accept, Duration warmUp, Duration measured) {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long warmUpEnds = System.nanoTime() + warmUp.toNanos();
        long ends = warmUpEnds + measured.toNanos();
        Parallel.forEach(IntStream.range(0, clients).boxed().toList(), clients, client -> {
            SplittableRandom random = new SplittableRandom(31L * client + 7);
            for (long now = System.nanoTime(); now < ends; now = System.nanoTime()) {
                long started = System.nanoTime();
                int status = query.status(path.apply(random), accept);
                long finished = System.nanoTime();
                if (started >= warmUpEnds) {
                    recorder.recordValue(Math.max(1, (finished - started) / 1_000));
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
            }
        });
        return LatencyStats.of(recorder.getIntervalHistogram(), errors.get(), measured.toNanos() / 1e9);
    }

    /** A random element. */
    public static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
