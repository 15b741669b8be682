package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TwoOfThreeRuleTest {

    /**
     * Mean 10 and mean moving range 1.5: the limits are 10 ± 2.66 × 1.5 = 10 ± 3.99 and the 2/3 lines 10 ± 2.66, so
     * the near-limit bands lie above 12.66 and below 7.34.
     */
    private static final ProcessLimits LIMITS = new ProcessLimits(10, 1.5);

    private final TwoOfThreeRule rule = new TwoOfThreeRule();

    @Test
    void flagsTheTwoPointsInTheUpperBandWhenTheThirdIsAboveTheMeanToo() {
        assertThat(flag(9, 10.5, 13, 13.5, 9)).containsOnly(entry(2, Side.HIGH), entry(3, Side.HIGH));
    }

    @Test
    void flagsNothingWhenTheThirdPointIsOnTheOtherSideOfTheMean() {
        assertThat(flag(9, 13, 13.5, 9)).isEmpty();
    }

    @Test
    void flagsTheTwoPointsInTheLowerBandAsLow() {
        assertThat(flag(11, 9.5, 7, 6.5, 11)).containsOnly(entry(2, Side.LOW), entry(3, Side.LOW));
    }

    @Test
    void thePointsInTheBandNeedNotBeNeighbours() {
        assertThat(flag(13, 10.5, 13)).containsOnly(entry(0, Side.HIGH), entry(2, Side.HIGH));
    }

    @Test
    void flagsNothingWithOnlyOneOfThreeInTheBand() {
        assertThat(flag(10.5, 13, 10.5, 11)).isEmpty();
    }

    @Test
    void flagsNothingWhenTheTwoPointsAreInOppositeBands() {
        assertThat(flag(13, 7, 13)).isEmpty();
    }

    private Map<Integer, Side> flag(double... values) {
        return rule.flag(values, LIMITS);
    }
}
