package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What a scheme line spent in one quarter, and optionally the outturn forecast for the whole year at that quarter.
 *
 * @param actual          spend in the quarter, in {@code unit} (negative for a net refund)
 * @param forecastOutturn the year's expected spend on the line as forecast at the quarter; optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Spend(BigDecimal actual, BigDecimal forecastOutturn, AmountUnit unit) {

    public BigDecimal actualPounds() {
        return unit.pounds(actual);
    }

    public BigDecimal forecastPounds() {
        return unit.pounds(forecastOutturn);
    }
}
