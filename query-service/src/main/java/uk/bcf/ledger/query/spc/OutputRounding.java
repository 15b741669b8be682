package uk.bcf.ledger.query.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds the mean and the limits for output: half-up to {@value #OUTPUT_DECIMALS} decimals.
 *
 * <p>The full-precision value is first rounded to {@value #NOISE_DECIMALS} decimals, so that binary noise in the
 * computation (such as 1699.2849999999999 for 1699.285) does not turn a half into less than a half. The rules never
 * see rounded values.
 */
final class OutputRounding {

    static final int OUTPUT_DECIMALS = 2;
    static final int NOISE_DECIMALS = 9;

    private OutputRounding() {}

    static double forOutput(double value) {
        return BigDecimal.valueOf(value)
                .setScale(NOISE_DECIMALS, RoundingMode.HALF_EVEN)
                .setScale(OUTPUT_DECIMALS, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
