package uk.bcf.ledger.query.pool;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import uk.bcf.ledger.shared.pool.Contribution;

/** A contribution as entered, its version, and its amount in pounds. */
public record PoolContributionView(
        String id, int version, @JsonUnwrapped Contribution contribution, BigDecimal pounds) {}
