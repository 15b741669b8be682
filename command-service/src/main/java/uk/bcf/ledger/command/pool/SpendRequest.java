package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.pool.Spend;

/** The body of a spend write: {@code {"lineId":"L3","period":"2021-22-Q1","amount":1234567}}, optionally a forecast. */
record SpendRequest(
        String lineId, String period, BigDecimal amount, BigDecimal forecastOutturn, String unit, String reason) {

    Spend spend() {
        return new Spend(amount, forecastOutturn, PoolRequests.unit(unit));
    }
}
