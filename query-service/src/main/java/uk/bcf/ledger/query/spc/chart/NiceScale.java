package uk.bcf.ledger.query.spc.chart;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A value axis of {@value #TICKS} evenly spaced round-number ticks: the step is 1, 2, 2.5 or 5 times a power of ten,
 * and the first tick a multiple of the step.
 *
 * @param min the lowest tick, the bottom of the axis
 * @param step the distance between ticks
 */
record NiceScale(double min, double step) {

    static final int TICKS = 5;

    private static final double[] ROUND_MULTIPLES = {1, 2, 2.5, 5, 10, 20, 25, 50};

    /** The scale with the smallest round step whose ticks span the range; an empty range is widened first. */
    static NiceScale covering(double low, double high) {
        if (high <= low) {
            double padding = Math.max(1, Math.abs(low) / 10);
            return covering(low - padding, high + padding);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10((high - low) / (TICKS - 1))));
        return Arrays.stream(ROUND_MULTIPLES)
                .mapToObj(multiple -> startingBelow(low, multiple * magnitude))
                .filter(scale -> scale.max() >= high)
                .findFirst()
                .orElseThrow();
    }

    double max() {
        return min + step * (TICKS - 1);
    }

    List<Double> ticks() {
        return IntStream.range(0, TICKS).mapToObj(i -> min + step * i).toList();
    }

    private static NiceScale startingBelow(double low, double step) {
        return new NiceScale(Math.floor(low / step) * step, step);
    }
}
