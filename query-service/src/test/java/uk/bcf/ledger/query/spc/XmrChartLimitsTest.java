package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.bcf.ledger.query.spc.SpcSeries.alternating;
import static uk.bcf.ledger.query.spc.SpcSeries.monthly;

import java.util.List;
import org.junit.jupiter.api.Test;

class XmrChartLimitsTest {

    @Test
    void theLimitsLie2Point66MeanMovingRangesEitherSideOfTheMean() {
        // mean = (10 + 12 + 11 + 15 + 12) / 5 = 60 / 5 = 12
        // moving ranges 2, 1, 4, 3: mean moving range 10 / 4 = 2.5, and 2.66 × 2.5 = 6.65
        // UPL = 12 + 6.65 = 18.65; LPL = 12 − 6.65 = 5.35
        SpcResult result = XmrChart.analyse(monthly(10, 12, 11, 15, 12), null, null);

        assertThat(result.mean()).isEqualTo(12.0);
        assertThat(result.upperLimit()).isEqualTo(18.65);
        assertThat(result.lowerLimit()).isEqualTo(5.35);
    }

    @Test
    void theMeanAndLimitsAreRoundedHalfUpToTwoDecimalsForOutput() {
        // the mean of 1.005 and 1.005 is 1.005, which rounds half-up to 1.01; the double nearest 1.005 lies just
        // below it, so rounding the double as it stands would give 1.0. No moving range: the limits are the mean.
        SpcResult result = XmrChart.analyse(monthly(1.005, 1.005), null, null);

        assertThat(List.of(result.mean(), result.upperLimit(), result.lowerLimit()))
                .containsOnly(1.01);
    }

    @Test
    void limitsFromElevenPointsAreTrialLimitsAndFromTwelveAreNot() {
        assertThat(XmrChart.analyse(alternating(11, 10, 11), null, null).trialLimits())
                .isTrue();
        assertThat(XmrChart.analyse(alternating(12, 10, 11), null, null).trialLimits())
                .isFalse();
    }

    @Test
    void fewerThanTwoPointsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> XmrChart.analyse(List.of(), null, null))
                .withMessageContaining("at least 2 points");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> XmrChart.analyse(monthly(5), null, null))
                .withMessageContaining("at least 2 points");
    }

    @Test
    void aTargetThatIsNotANumberIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> XmrChart.analyse(monthly(1, 2), null, Double.NaN))
                .withMessageContaining("target");
    }
}
