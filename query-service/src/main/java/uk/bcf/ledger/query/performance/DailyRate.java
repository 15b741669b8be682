package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.bcf.ledger.shared.period.Period;

/**
 * Spreads a plan stated per day over a period. Rounding rule: the product of the daily rate and the period's days
 * is truncated toward zero, each period independently of any other (12.5 a day over 91 days is 1137, as
 * published), so the quarters need not add up to the year.
 */
final class DailyRate {

    private DailyRate() {
    }

    static BigDecimal spread(BigDecimal perDay, Period period) {
        return perDay.multiply(BigDecimal.valueOf(period.days())).setScale(0, RoundingMode.DOWN);
    }
}
