package uk.bcf.ledger.query.spc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 4: a run of {@value #MINIMUM_POINTS} or more consecutive points all strictly above (high) or all strictly below
 * (low) the mean. A point exactly on the mean breaks the run. Every point of the run is flagged.
 */
public final class ShiftRule implements SpecialCauseRule {

    public static final int MINIMUM_POINTS = 7;

    @Override
    public SpcRule name() {
        return SpcRule.SHIFT;
    }

    @Override
    public Map<Integer, Side> flag(double[] values, ProcessLimits limits) {
        List<Optional<Side>> sides =
                Arrays.stream(values).mapToObj(limits::sideOf).toList();
        Map<Integer, Side> flagged = new LinkedHashMap<>();
        for (Run run : Runs.ofAtLeast(MINIMUM_POINTS, sides)) {
            for (int point = run.first(); point <= run.last(); point++) {
                flagged.put(point, run.side());
            }
        }
        return flagged;
    }
}
