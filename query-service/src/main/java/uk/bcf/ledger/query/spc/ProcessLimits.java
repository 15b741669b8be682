package uk.bcf.ledger.query.spc;

import java.util.Arrays;
import java.util.Optional;

/**
 * The centre line and process limits of an XmR chart, at full precision.
 *
 * <p>The limits lie {@value #LIMIT_FACTOR} mean moving ranges either side of the mean; the near-limit band starts two
 * thirds of the way out to them (the "2-sigma" line) and runs on past them.
 *
 * @param mean the mean of the points
 * @param meanMovingRange the mean of the absolute differences between consecutive points
 */
record ProcessLimits(double mean, double meanMovingRange) {

    /** Multiple of the mean moving range between the mean and either limit. */
    static final double LIMIT_FACTOR = 2.66;

    private static final double NEAR_LIMIT_FRACTION = 2.0 / 3.0;

    /** The limits of a series of at least two values. */
    static ProcessLimits of(double[] values) {
        double movingRangeTotal = 0;
        for (int i = 1; i < values.length; i++) {
            movingRangeTotal += Math.abs(values[i] - values[i - 1]);
        }
        return new ProcessLimits(Arrays.stream(values).average().orElseThrow(), movingRangeTotal / (values.length - 1));
    }

    double upper() {
        return mean + halfWidth();
    }

    double lower() {
        return mean - halfWidth();
    }

    /** The side of the mean a value lies on; none when it lies exactly on the mean. */
    Optional<Side> sideOf(double value) {
        return Side.of(value - mean);
    }

    /** Whether a value lies strictly beyond the 2/3 line on the given side of the mean. */
    boolean inNearLimitBand(double value, Side side) {
        double nearDistance = NEAR_LIMIT_FRACTION * halfWidth();
        return side == Side.HIGH ? value > mean + nearDistance : value < mean - nearDistance;
    }

    /** Whether a value lies within the limits, the limits themselves included. */
    boolean contains(double value) {
        return value >= lower() && value <= upper();
    }

    private double halfWidth() {
        return LIMIT_FACTOR * meanMovingRange;
    }
}
