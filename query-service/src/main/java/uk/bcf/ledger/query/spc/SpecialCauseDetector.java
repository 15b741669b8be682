package uk.bcf.ledger.query.spc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Applies the special-cause rules to every point in precedence order: the first rule that flags a point names its
 * special cause, and later rules are not reported for it.
 */
final class SpecialCauseDetector {

    /** Outside the limits, then a trend, then two of three near a limit, then a shift. */
    static final List<SpecialCauseRule> PRECEDENCE =
            List.of(new OutsideLimitsRule(), new TrendRule(), new TwoOfThreeRule(), new ShiftRule());

    private SpecialCauseDetector() {}

    /** The special cause at each point, in the order of the values; empty where the variation is common cause. */
    static List<Optional<RuleMatch>> detect(double[] values, ProcessLimits limits) {
        List<Optional<RuleMatch>> matches = new ArrayList<>(Collections.nCopies(values.length, Optional.empty()));
        for (SpecialCauseRule rule : PRECEDENCE) {
            rule.flag(values, limits).forEach((point, side) -> {
                if (matches.get(point).isEmpty()) {
                    matches.set(point, Optional.of(new RuleMatch(rule.name(), side)));
                }
            });
        }
        return List.copyOf(matches);
    }
}
