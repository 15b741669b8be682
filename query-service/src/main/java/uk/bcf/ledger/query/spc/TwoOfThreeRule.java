package uk.bcf.ledger.query.spc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Rule 3: two or more of three consecutive points strictly beyond the 2/3 line on the same side of the mean, with all
 * three points strictly on that side. The points of such a window that lie in the band are flagged; the third is not.
 */
final class TwoOfThreeRule implements SpecialCauseRule {

    private static final int WINDOW = 3;
    private static final int NEEDED_IN_BAND = 2;

    @Override
    public SpcRule name() {
        return SpcRule.TWO_OF_THREE;
    }

    @Override
    public Map<Integer, Side> flag(double[] values, ProcessLimits limits) {
        Map<Integer, Side> flagged = new LinkedHashMap<>();
        for (int start = 0; start + WINDOW <= values.length; start++) {
            Optional<Side> side = commonSide(values, start, limits);
            if (side.isEmpty()) {
                continue;
            }
            int[] inBand = IntStream.range(start, start + WINDOW)
                    .filter(i -> limits.inNearLimitBand(values[i], side.get()))
                    .toArray();
            if (inBand.length >= NEEDED_IN_BAND) {
                IntStream.of(inBand).forEach(i -> flagged.put(i, side.get()));
            }
        }
        return flagged;
    }

    /** The side of the mean all points of the window lie on, if they share one. */
    private static Optional<Side> commonSide(double[] values, int start, ProcessLimits limits) {
        Optional<Side> side = limits.sideOf(values[start]);
        boolean shared = IntStream.range(start, start + WINDOW)
                .allMatch(i -> limits.sideOf(values[i]).equals(side));
        return shared ? side : Optional.empty();
    }
}
