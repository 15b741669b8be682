package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.spc.FlaggedPoints.run;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShiftRuleTest {

    /** Mean 10: the rule looks only at the side of the mean. */
    private static final ProcessLimits LIMITS = new ProcessLimits(10, 1);

    private final ShiftRule rule = new ShiftRule();

    @Test
    void flagsSevenPointsAboveTheMeanAsHigh() {
        assertThat(flag(9, 11, 12, 11, 12, 11, 12, 11, 9)).isEqualTo(run(1, 7, Side.HIGH));
    }

    @Test
    void flagsSevenPointsBelowTheMeanAtTheEndAsLow() {
        assertThat(flag(11, 9, 8, 9, 8, 9, 8, 9)).isEqualTo(run(1, 7, Side.LOW));
    }

    @Test
    void leavesSixPointsAboveTheMeanUnflagged() {
        assertThat(flag(9, 11, 11, 11, 11, 11, 11, 9)).isEmpty();
    }

    @Test
    void aPointExactlyOnTheMeanBreaksTheRun() {
        assertThat(flag(11, 11, 11, 10, 11, 11, 11, 11)).isEmpty();
    }

    private Map<Integer, Side> flag(double... values) {
        return rule.flag(values, LIMITS);
    }
}
