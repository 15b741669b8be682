package uk.bcf.ledger.query.spc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Rule 2: a run of {@value #MINIMUM_POINTS} or more consecutive points, each strictly above (a rising trend, high) or
 * each strictly below (a falling trend, low) the one before. Equal neighbours break the run. Every point of the run is
 * flagged, its first and last included. A turning point that ends one run and starts a run the other way keeps the
 * direction of the run it ends.
 */
public final class TrendRule implements SpecialCauseRule {

    public static final int MINIMUM_POINTS = 7;

    @Override
    public SpcRule name() {
        return SpcRule.TREND;
    }

    @Override
    public Map<Integer, Side> flag(double[] values, ProcessLimits limits) {
        Map<Integer, Side> flagged = new LinkedHashMap<>();
        for (Run stepRun : Runs.ofAtLeast(MINIMUM_POINTS - 1, steps(values))) {
            for (int point = stepRun.first(); point <= stepRun.last() + 1; point++) {
                flagged.putIfAbsent(point, stepRun.side());
            }
        }
        return flagged;
    }

    /** The direction of each step; step {@code i} goes from point {@code i} to point {@code i + 1}. */
    private static List<Optional<Side>> steps(double[] values) {
        return IntStream.range(1, values.length)
                .mapToObj(i -> Side.of(values[i] - values[i - 1]))
                .toList();
    }
}
