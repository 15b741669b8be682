package uk.bcf.ledger.benchmark.measure;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of latencies recorded in microseconds, with the request rate and the failures seen.
 *
 * @param count      requests measured
 * @param errors     requests that did not answer as expected
 * @param p50Millis  median
 * @param p99Millis  99th percentile
 * @param maxMillis  slowest
 * @param perSecond  completed requests per second over the measured window
 */
public record LatencyStats(
        long count, long errors, double p50Millis, double p99Millis, double maxMillis, double perSecond) {

    /** A histogram from 1 µs to 5 minutes with three significant digits. */
    public static Histogram histogram() {
        return new Histogram(1, 300_000_000L, 3);
    }

    public static LatencyStats of(Histogram micros, long errors, double seconds) {
        return new LatencyStats(
                micros.getTotalCount(),
                errors,
                micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0,
                seconds > 0 ? micros.getTotalCount() / seconds : 0);
    }

    @Override
    public String toString() {
        return "n=%,d p50 %.1f ms p99 %.1f ms max %.1f ms, %,.0f/s, %d errors"
                .formatted(count, p50Millis, p99Millis, maxMillis, perSecond, errors);
    }
}
