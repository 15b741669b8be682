package uk.bcf.ledger.shared.metric;

import java.math.BigDecimal;

/** Which way a metric's movement is good news. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /** Whether an actual meets its plan: at or below it when lower is better, at or above it otherwise. */
    public boolean meets(BigDecimal actual, BigDecimal plan) {
        int comparison = actual.compareTo(plan);
        return this == LOWER_IS_BETTER ? comparison <= 0 : comparison >= 0;
    }
}
