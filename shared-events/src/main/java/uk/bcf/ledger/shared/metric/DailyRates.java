package uk.bcf.ledger.shared.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.bcf.ledger.shared.period.Period;

/**
 * Spreads a plan stated per day over a period (docs/adr/0004-metric-catalogue-and-rounding.md): the product of the
 * daily rate and the period's days is truncated toward zero, each period independently of any other, so 12.5 a day
 * over 91 days is 1137, as published, and the quarters need not add up to the year.
 */
public final class DailyRates {

    private DailyRates() {}

    public static BigDecimal spread(BigDecimal perDay, Period period) {
        return perDay.multiply(BigDecimal.valueOf(period.days())).setScale(0, RoundingMode.DOWN);
    }
}
