package uk.bcf.ledger.query.spc;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rule 1: a point strictly above the upper or strictly below the lower process limit. */
final class OutsideLimitsRule implements SpecialCauseRule {

    @Override
    public SpcRule name() {
        return SpcRule.OUTSIDE_LIMITS;
    }

    @Override
    public Map<Integer, Side> flag(double[] values, ProcessLimits limits) {
        Map<Integer, Side> flagged = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limits.upper()) {
                flagged.put(i, Side.HIGH);
            } else if (values[i] < limits.lower()) {
                flagged.put(i, Side.LOW);
            }
        }
        return flagged;
    }
}
