package uk.bcf.ledger.query.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.spc.SpcSeries.monthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.metric.Direction;

/**
 * Bromley's non-elective admissions (NEL) actuals for April to August 2019 against the plan-derived monthly target of
 * 2196, where lower is better.
 *
 * <pre>
 * mean                 = (2134 + 2249 + 2092 + 2392 + 2193) / 5 = 11060 / 5 = 2212
 * moving ranges        = 115, 157, 300, 199; mean moving range = 771 / 4 = 192.75
 * limits               = 2212 ± 2.66 × 192.75 = 2212 ± 512.715: UPL 2724.715, LPL 1699.285,
 *                        which round half-up to 2724.72 and 1699.29 for output
 * 2/3 lines            = 2212 ± 341.81: 1870.19 and 2553.81
 * </pre>
 *
 * Every point lies between the 2/3 lines, so none is outside the limits or near them, and five points cannot make a
 * run of seven: all common cause. The target lies within the limits: hit and miss.
 */
class BromleyNelXmrChartTest {

    private static final BigDecimal MEAN = new BigDecimal("11060").divide(new BigDecimal("5"));
    private static final BigDecimal MEAN_MOVING_RANGE = new BigDecimal("771").divide(new BigDecimal("4"));
    private static final BigDecimal LIMIT_DISTANCE = new BigDecimal("2.66").multiply(MEAN_MOVING_RANGE);
    private static final double MONTHLY_TARGET = 2196;

    private final SpcResult result =
            XmrChart.analyse(monthly(2134, 2249, 2092, 2392, 2193), Direction.LOWER_IS_BETTER, MONTHLY_TARGET);

    @Test
    void fiveMonthsGiveTrialLimitsAroundTheMean() {
        assertThat(result.trialLimits()).isTrue();
        assertThat(result.mean()).isEqualTo(forOutput(MEAN));
        assertThat(result.upperLimit()).isEqualTo(forOutput(MEAN.add(LIMIT_DISTANCE)));
        assertThat(result.lowerLimit()).isEqualTo(forOutput(MEAN.subtract(LIMIT_DISTANCE)));
    }

    @Test
    void everyMonthIsCommonCauseAndTheTargetIsHitAndMiss() {
        assertThat(result.points())
                .allSatisfy(point -> assertThat(point.specialCause()).isNull());
        assertThat(result.variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(result.assurance()).isEqualTo(Assurance.HIT_AND_MISS);
    }

    /** Exact decimal arithmetic, rounded half-up to two decimals as the output is documented to be. */
    private static double forOutput(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
