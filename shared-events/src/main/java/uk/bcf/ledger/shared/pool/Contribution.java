package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * One funding contribution to a pool.
 *
 * @param source             where the money comes from
 * @param contributor        the contributing body when a source is split, such as one CCG's NHS minimum; optional
 * @param amount             as entered, in {@code unit}
 * @param unit               pounds or thousands of pounds
 * @param note               free text, such as what a carry-over is; optional
 * @param carriedForwardFrom the earlier year whose underspend this is, for a carry-over; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contribution(
        FundingSource source,
        String contributor,
        BigDecimal amount,
        AmountUnit unit,
        String note,
        FinancialYear carriedForwardFrom) {

    /** The amount in pounds, exactly. */
    public BigDecimal pounds() {
        return unit.pounds(amount);
    }
}
