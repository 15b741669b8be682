package uk.bcf.ledger.query.projection;

import java.time.Instant;

/**
 * One version of one entry of a pool, as {@code pool_entry_version} holds it.
 *
 * @param kind       {@code contribution}, {@code minimums}, {@code line} or {@code spend}
 * @param key        the entry's key within the pool (a line's spend: {@code <lineId>/<quarter>})
 * @param withdrawn  whether this version withdrew the entry; it then carries the withdrawn value
 * @param systemFrom when this version became the one known
 * @param systemTo   when a later version replaced it; null while current
 */
public record PoolEntryRow(
        String kind,
        String key,
        int version,
        PoolEntryChange change,
        boolean withdrawn,
        String body,
        String recordedBy,
        String reason,
        Instant systemFrom,
        Instant systemTo) {

    /** The entry's value as the event carried it, such as a {@code SchemeLine}; null for a withdrawal of nothing. */
    public <T> T value(Class<T> type) {
        return body == null ? null : PoolEntryJson.read(body, type);
    }
}
