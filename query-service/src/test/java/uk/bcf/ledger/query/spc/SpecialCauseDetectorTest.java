package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecialCauseDetectorTest {

    /**
     * Mean 10 and mean moving range 1: the limits are 10 ± 2.66 (7.34 and 12.66) and the near-limit bands lie beyond
     * 10 ± 2/3 × 2.66, that is above 11.77 and below 8.23.
     */
    private static final ProcessLimits LIMITS = new ProcessLimits(10, 1);

    @Test
    void rulesApplyOutsideLimitsThenTrendThenTwoOfThreeThenShift() {
        assertThat(SpecialCauseDetector.PRECEDENCE)
                .extracting(SpecialCauseRule::name)
                .containsExactly(SpcRule.OUTSIDE_LIMITS, SpcRule.TREND, SpcRule.TWO_OF_THREE, SpcRule.SHIFT);
    }

    @Test
    void aPointOutsideTheLimitsThatEndsAShiftReportsOutsideLimits() {
        // all seven points lie above the mean (a shift); the last lies above the upper limit too
        List<Optional<RuleMatch>> matches =
                SpecialCauseDetector.detect(new double[] {11, 11, 11, 11, 11, 11, 14}, LIMITS);

        assertThat(matches.subList(0, 6)).containsOnly(match(SpcRule.SHIFT, Side.HIGH));
        assertThat(matches.get(6)).isEqualTo(match(SpcRule.OUTSIDE_LIMITS, Side.HIGH));
    }

    @Test
    void aRisingRunAboveTheMeanReportsATrendRatherThanAShift() {
        List<Optional<RuleMatch>> matches =
                SpecialCauseDetector.detect(new double[] {10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7}, LIMITS);

        assertThat(matches).containsOnly(match(SpcRule.TREND, Side.HIGH));
    }

    @Test
    void pointsNearTheLimitWithinAShiftReportTwoOfThree() {
        // all seven points lie above the mean (a shift); the last two lie in the upper near-limit band
        List<Optional<RuleMatch>> matches =
                SpecialCauseDetector.detect(new double[] {11, 11, 11, 11, 11, 12, 12}, LIMITS);

        assertThat(matches.subList(0, 5)).containsOnly(match(SpcRule.SHIFT, Side.HIGH));
        assertThat(matches.subList(5, 7)).containsOnly(match(SpcRule.TWO_OF_THREE, Side.HIGH));
    }

    @Test
    void pointsNoRuleFlagsHaveNoMatch() {
        assertThat(SpecialCauseDetector.detect(new double[] {10, 11, 9, 10}, LIMITS))
                .isEqualTo(Collections.nCopies(4, Optional.empty()));
    }

    private static Optional<RuleMatch> match(SpcRule rule, Side side) {
        return Optional.of(new RuleMatch(rule, side));
    }
}
