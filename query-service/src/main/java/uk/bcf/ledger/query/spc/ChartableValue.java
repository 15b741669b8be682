package uk.bcf.ledger.query.spc;

import java.math.BigDecimal;

/**
 * Whether a value can be charted: within ±10^12, far beyond any plausible figure (the command side bounds counts at
 * 10^9) yet small enough that the XmR arithmetic in doubles and the chart's scale stay finite. A stored value beyond
 * it (written before the bounds, or by another writer) makes the chart unavailable, never a server error.
 */
public final class ChartableValue {

    static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private ChartableValue() {}

    /** True for a value within ±10^12; null (no value) is left to the caller. */
    public static boolean chartable(BigDecimal value) {
        return value == null || value.abs().compareTo(LIMIT) <= 0;
    }
}
