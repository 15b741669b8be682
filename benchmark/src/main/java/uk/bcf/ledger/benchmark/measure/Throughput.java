package uk.bcf.ledger.benchmark.measure;

/**
 * How many events (or rows) were handled in how long.
 *
 * @param count   events or rows
 * @param seconds wall time
 */
public record Throughput(long count, double seconds) {

    public static Throughput since(long count, long startedNanos) {
        return new Throughput(count, (System.nanoTime() - startedNanos) / 1e9);
    }

    public double perSecond() {
        return seconds > 0 ? count / seconds : 0;
    }

    @Override
    public String toString() {
        return "%,d in %.1f s = %,.0f/s".formatted(count, seconds, perSecond());
    }
}
