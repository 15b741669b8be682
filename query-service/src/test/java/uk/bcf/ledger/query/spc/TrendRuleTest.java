package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.spc.FlaggedPoints.run;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendRuleTest {

    /** A trend does not depend on the limits. */
    private static final ProcessLimits ANY_LIMITS = new ProcessLimits(4, 1);

    private final TrendRule rule = new TrendRule();

    @Test
    void flagsSevenRisingPointsAtTheStartAsHigh() {
        assertThat(flag(1, 2, 3, 4, 5, 6, 7, 5, 6, 5)).isEqualTo(run(0, 6, Side.HIGH));
    }

    @Test
    void flagsSevenRisingPointsAtTheEndAsHigh() {
        assertThat(flag(5, 4, 5, 1, 2, 3, 4, 5, 6, 7)).isEqualTo(run(3, 9, Side.HIGH));
    }

    @Test
    void flagsSevenFallingPointsAsLow() {
        assertThat(flag(9, 8, 7, 6, 5, 4, 3)).isEqualTo(run(0, 6, Side.LOW));
    }

    @Test
    void flagsEveryPointOfALongerRun() {
        assertThat(flag(8, 1, 2, 3, 4, 5, 6, 7, 8, 9)).isEqualTo(run(1, 9, Side.HIGH));
    }

    @Test
    void leavesSixRisingPointsUnflagged() {
        assertThat(flag(1, 2, 3, 4, 5, 6, 3)).isEmpty();
    }

    @Test
    void anEqualNeighbourBreaksTheRun() {
        assertThat(flag(1, 2, 3, 3, 4, 5, 6, 7)).isEmpty();
    }

    @Test
    void aTurningPointKeepsTheDirectionOfTheRunItEnds() {
        Map<Integer, Side> expected = run(0, 6, Side.HIGH);
        expected.putAll(run(7, 12, Side.LOW));

        assertThat(flag(1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1)).isEqualTo(expected);
    }

    private Map<Integer, Side> flag(double... values) {
        return rule.flag(values, ANY_LIMITS);
    }
}
