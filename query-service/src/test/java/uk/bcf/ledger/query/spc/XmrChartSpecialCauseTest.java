package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.spc.SpcSeries.monthly;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.metric.Direction;

class XmrChartSpecialCauseTest {

    /**
     * Mean 82 / 6 = 13.67; moving ranges 1, 1, 1, 1, 20 average 4.8, so UPL = 13.67 + 2.66 × 4.8 = 26.43: the last
     * point lies above it. The first five lie below the mean, too few for a shift, and above the lower 2/3 line
     * (13.67 − 8.51 = 5.15); they rise and fall in turn: common cause.
     */
    private static final List<SpcPoint> HIGH_AT_THE_END = monthly(10, 11, 10, 11, 10, 30);

    /** The mirror image: mean 27, LPL = 27 − 12.77 = 14.23, and the last point lies below it. */
    private static final List<SpcPoint> LOW_AT_THE_END = monthly(30, 31, 30, 31, 30, 10);

    @Test
    void aHighSpecialCauseIsAnImprovementWhenHigherIsBetter() {
        SpcResult result = XmrChart.analyse(HIGH_AT_THE_END, Direction.HIGHER_IS_BETTER, null);

        assertThat(latest(result).specialCause()).isEqualTo(SpecialCause.IMPROVEMENT);
        assertThat(latest(result).rule()).isEqualTo(SpcRule.OUTSIDE_LIMITS);
        assertThat(result.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(result.points().subList(0, 5))
                .allSatisfy(point -> assertThat(point.rule()).isNull());
    }

    @Test
    void aHighSpecialCauseIsAConcernWhenLowerIsBetter() {
        SpcResult result = XmrChart.analyse(HIGH_AT_THE_END, Direction.LOWER_IS_BETTER, null);

        assertThat(latest(result).specialCause()).isEqualTo(SpecialCause.CONCERN);
        assertThat(result.variation()).isEqualTo(Variation.CONCERN_HIGH);
    }

    @Test
    void aLowSpecialCauseReadsTheOtherWayRound() {
        assertThat(XmrChart.analyse(LOW_AT_THE_END, Direction.LOWER_IS_BETTER, null)
                        .variation())
                .isEqualTo(Variation.IMPROVEMENT_LOW);
        assertThat(XmrChart.analyse(LOW_AT_THE_END, Direction.HIGHER_IS_BETTER, null)
                        .variation())
                .isEqualTo(Variation.CONCERN_LOW);
    }

    @Test
    void aSpecialCauseIsNeutralWithoutADirectionOfGood() {
        SpcResult high = XmrChart.analyse(HIGH_AT_THE_END, null, null);
        SpcResult low = XmrChart.analyse(LOW_AT_THE_END, null, null);

        assertThat(latest(high).specialCause()).isEqualTo(SpecialCause.NEUTRAL);
        assertThat(high.variation()).isEqualTo(Variation.NEUTRAL_HIGH);
        assertThat(low.variation()).isEqualTo(Variation.NEUTRAL_LOW);
    }

    @Test
    void theVariationIconFollowsTheLatestPointOnly() {
        // the same points with the outlier first: it is still above the upper limit, but the latest point is not
        SpcResult result = XmrChart.analyse(monthly(30, 10, 11, 10, 11, 10), Direction.LOWER_IS_BETTER, null);

        assertThat(result.points().get(0).specialCause()).isEqualTo(SpecialCause.CONCERN);
        assertThat(latest(result).specialCause()).isNull();
        assertThat(result.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    @Test
    void aTrendReadsByItsDirectionNotByItsSideOfTheMean() {
        // mean 121 / 9 = 13.44; moving ranges 0, 19, 1, 1, 1, 1, 1, 1 average 3.125, so the limits are
        // 13.44 ± 8.31 (5.13 and 21.76): the two 1s lie below the lower limit. 20 down to 14 is a falling run of
        // seven; its last point, 14, lies above the mean, yet the trend makes it low.
        SpcResult result =
                XmrChart.analyse(monthly(1, 1, 20, 19, 18, 17, 16, 15, 14), Direction.HIGHER_IS_BETTER, null);

        assertThat(latest(result).value()).isGreaterThan(result.mean());
        assertThat(latest(result).rule()).isEqualTo(SpcRule.TREND);
        assertThat(latest(result).specialCause()).isEqualTo(SpecialCause.CONCERN);
        assertThat(result.variation()).isEqualTo(Variation.CONCERN_LOW);
    }

    private static SpcPointResult latest(SpcResult result) {
        return result.points().get(result.points().size() - 1);
    }
}
