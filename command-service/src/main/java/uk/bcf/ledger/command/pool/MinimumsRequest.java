package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.pool.NationalMinimums;

/** The body of a minimums write: {@code {"nc2":6772463,"nc3":4066945}}; a change of minimums set adds a reason. */
record MinimumsRequest(BigDecimal nc2, BigDecimal nc3, String unit, String reason) {

    NationalMinimums minimums() {
        return new NationalMinimums(nc2, nc3, PoolRequests.unit(unit));
    }
}
