package uk.bcf.ledger.query.projection;

/** What a version of a pool's entry did, as the {@code change} column of {@code pool_entry_version} says it. */
public enum PoolEntryChange {
    /** A contribution, line or quarter's spend recorded, first or again after a withdrawal. */
    RECORDED,
    /** Replaced by a corrected version, with a reason. */
    CORRECTED,
    /** Withdrawn, with a reason; the row keeps the withdrawn value. */
    WITHDRAWN,
    /** The national minimums set for the first time. */
    SET,
    /** The national minimums changed, with a reason. */
    REVISED;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static PoolEntryChange of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
