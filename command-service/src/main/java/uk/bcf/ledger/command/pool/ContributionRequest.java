package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.FundingSource;

/** The body of a contribution write: {@code {"source":"DFG","amount":1721065,"note":"…"}}; a change adds a reason. */
record ContributionRequest(
        String source,
        String contributor,
        BigDecimal amount,
        String unit,
        String note,
        String carriedForwardFrom,
        String reason) {

    Contribution contribution() {
        return new Contribution(
                PoolRequests.named("source", source, FundingSource.class),
                contributor,
                amount,
                PoolRequests.unit(unit),
                note,
                carriedForwardFrom == null || carriedForwardFrom.isBlank()
                        ? null
                        : PoolRequests.yearField("carriedForwardFrom", carriedForwardFrom));
    }
}
