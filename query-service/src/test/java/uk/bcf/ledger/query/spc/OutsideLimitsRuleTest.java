package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class OutsideLimitsRuleTest {

    /** Mean 10 and mean moving range 1: the limits are 10 ± 2.66, that is 7.34 and 12.66. */
    private static final ProcessLimits LIMITS = new ProcessLimits(10, 1);

    private final OutsideLimitsRule rule = new OutsideLimitsRule();

    @Test
    void flagsAPointAboveTheUpperLimitAsHigh() {
        assertThat(rule.flag(new double[] {10, 13, 12.6, 10}, LIMITS)).containsOnly(entry(1, Side.HIGH));
    }

    @Test
    void flagsAPointBelowTheLowerLimitAsLow() {
        assertThat(rule.flag(new double[] {10, 7.4, 7, 10}, LIMITS)).containsOnly(entry(2, Side.LOW));
    }

    @Test
    void flagsNothingWithinTheLimits() {
        assertThat(rule.flag(new double[] {7.4, 12.6, 10}, LIMITS)).isEmpty();
    }
}
