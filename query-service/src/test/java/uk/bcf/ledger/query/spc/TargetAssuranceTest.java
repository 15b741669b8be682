package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.bcf.ledger.shared.metric.Direction;

class TargetAssuranceTest {

    /** Mean 10 and mean moving range 1: the limits are 10 ± 2.66, that is 7.34 and 12.66. */
    private static final ProcessLimits LIMITS = new ProcessLimits(10, 1);

    private static final double ABOVE_THE_LIMITS = 15;
    private static final double BELOW_THE_LIMITS = 5;
    private static final double WITHIN_THE_LIMITS = 11;

    @ParameterizedTest
    @CsvSource({"LOWER_IS_BETTER, PASS", "HIGHER_IS_BETTER, FAIL"})
    void aTargetAboveTheUpperLimitLeavesTheWholeProcessBelowIt(Direction goodDirection, Assurance expected) {
        assertThat(TargetAssurance.of(LIMITS, goodDirection, ABOVE_THE_LIMITS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"HIGHER_IS_BETTER, PASS", "LOWER_IS_BETTER, FAIL"})
    void aTargetBelowTheLowerLimitLeavesTheWholeProcessAboveIt(Direction goodDirection, Assurance expected) {
        assertThat(TargetAssurance.of(LIMITS, goodDirection, BELOW_THE_LIMITS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"LOWER_IS_BETTER", "HIGHER_IS_BETTER"})
    void aTargetWithinTheLimitsIsHitAndMissWhateverTheDirection(Direction goodDirection) {
        assertThat(TargetAssurance.of(LIMITS, goodDirection, WITHIN_THE_LIMITS)).isEqualTo(Assurance.HIT_AND_MISS);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"LOWER_IS_BETTER", "HIGHER_IS_BETTER"})
    void noTargetGivesNoAssurance(Direction goodDirection) {
        assertThat(TargetAssurance.of(LIMITS, goodDirection, null)).isEqualTo(Assurance.NONE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {ABOVE_THE_LIMITS, BELOW_THE_LIMITS})
    void aTargetOutsideTheLimitsGivesNoAssuranceWithoutADirectionOfGood(double target) {
        assertThat(TargetAssurance.of(LIMITS, null, target)).isEqualTo(Assurance.NONE);
    }
}
