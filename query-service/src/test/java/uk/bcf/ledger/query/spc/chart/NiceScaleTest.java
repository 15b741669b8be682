package uk.bcf.ledger.query.spc.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceScaleTest {

    private static final List<BigDecimal> ROUND_MANTISSAS =
            List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("5"));

    @ParameterizedTest
    @CsvSource({"1699.285, 2724.715", "0.12, 0.97", "-3, 41", "5, 5", "-7.5, -7.5"})
    void fiveRoundTicksSpanTheRange(double low, double high) {
        NiceScale scale = NiceScale.covering(low, high);

        assertThat(scale.ticks()).hasSize(NiceScale.TICKS);
        assertThat(scale.min()).isLessThanOrEqualTo(low);
        assertThat(scale.max()).isGreaterThan(low).isGreaterThanOrEqualTo(high);
        assertThat(mantissa(scale.step())).isIn(ROUND_MANTISSAS);
        assertThat(scale.min() / scale.step()).isCloseTo(Math.rint(scale.min() / scale.step()), within(1e-9));
    }

    /** The step without its power of ten, such as 2.5 for 0.025. */
    private static BigDecimal mantissa(double step) {
        BigDecimal exact = BigDecimal.valueOf(step).stripTrailingZeros();
        return exact.movePointLeft(exact.precision() - exact.scale() - 1).stripTrailingZeros();
    }
}
