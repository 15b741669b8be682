package uk.bcf.ledger.shared.pool;

import uk.bcf.ledger.shared.period.Period;

/**
 * Names one entry of a pool, which is versioned on its own: a contribution, the national minimums, a scheme line,
 * or a line's spend in one quarter.
 *
 * @param kind {@code contribution}, {@code minimums}, {@code line} or {@code spend}
 * @param key  the contribution's or line's ID; {@code minimums}; {@code <lineId>/<quarter>} for spend
 */
public record PoolEntryKey(String kind, String key) {

    public static final String CONTRIBUTION = "contribution";
    public static final String MINIMUMS = "minimums";
    public static final String LINE = "line";
    public static final String SPEND = "spend";

    public static PoolEntryKey contribution(String contributionId) {
        return new PoolEntryKey(CONTRIBUTION, contributionId);
    }

    public static PoolEntryKey minimums() {
        return new PoolEntryKey(MINIMUMS, MINIMUMS);
    }

    public static PoolEntryKey line(String lineId) {
        return new PoolEntryKey(LINE, lineId);
    }

    public static PoolEntryKey spend(String lineId, Period quarter) {
        return new PoolEntryKey(SPEND, lineId + "/" + quarter.code());
    }
}
