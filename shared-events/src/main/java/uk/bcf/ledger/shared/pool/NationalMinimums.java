package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The national-condition minimums a board is given for a year: the NHS contribution to adult social care (NC2) and
 * to NHS-commissioned out-of-hospital services (NC3). Either may be absent when not given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NationalMinimums(BigDecimal nc2, BigDecimal nc3, AmountUnit unit) {

    public BigDecimal nc2Pounds() {
        return unit.pounds(nc2);
    }

    public BigDecimal nc3Pounds() {
        return unit.pounds(nc3);
    }
}
