package uk.bcf.ledger.query.projection;

import static uk.bcf.ledger.query.projection.ProjectionStatement.closingEarlierRows;
import static uk.bcf.ledger.query.projection.ProjectionStatement.newRows;
import static uk.bcf.ledger.query.projection.ProjectionStatement.rowsFromEarlierRows;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.pool.PoolEvent;

/**
 * Writes the {@code pool_entry_version} table: one row per version of a pool's entry, its value as jsonb
 * ({@link PoolEntryJson}). As {@link FigureVersionWriter} does for figures: a version is inserted only if absent,
 * with {@code system_to} already set when a later version arrived first, and every earlier version still open past
 * this one's {@code system_from} is closed there, so redelivered and late events leave the table as an in-order
 * delivery would. A withdrawal copies the value of the version before it.
 */
@Repository
class PoolEntryWriter {

    private static final String KEY = """
            board_code = :board and financial_year = :year and kind = :kind and entry_key = :key""";
    private static final String NEXT_VERSION_FROM = """
            (select later.system_from from read_model.pool_entry_version later
             where later.board_code = :board and later.financial_year = :year and later.kind = :kind
               and later.entry_key = :key and later.version > :version
             order by later.version limit 1)""";
    private static final String COLUMNS = """
            board_code, financial_year, kind, entry_key, version, change, withdrawn, body, recorded_by, reason,
            event_id, system_from, system_to""";
    private static final ProjectionStatement INSERT = newRows("""
            insert into read_model.pool_entry_version (%s)
            values (:board, :year, :kind, :key, :version, :change, false, cast(:body as jsonb), :recordedBy, :reason,
                    :eventId, :from, %s)
            on conflict do nothing""".formatted(COLUMNS, NEXT_VERSION_FROM));
    private static final ProjectionStatement INSERT_WITHDRAWAL =
            rowsFromEarlierRows("""
            insert into read_model.pool_entry_version (%s)
            select :board, :year, :kind, :key, :version, :change, true, previous.body, :recordedBy, :reason,
                   :eventId, :from, %s
            from (values (1)) as one
            left join lateral (select body from read_model.pool_entry_version
                               where %s and version < :version order by version desc limit 1) previous on true
            on conflict do nothing""".formatted(COLUMNS, NEXT_VERSION_FROM, KEY));
    private static final ProjectionStatement CLOSE_EARLIER = closingEarlierRows("""
            update read_model.pool_entry_version set system_to = :from
            where %s and version < :version and (system_to is null or system_to > :from)""".formatted(KEY));

    private final ProjectionWriter writes;
    private final JdbcClient jdbc;

    PoolEntryWriter(ProjectionWriter writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    /** A version carrying a value: recorded, corrected, set or revised. */
    void append(PoolEvent event, PoolEntryChange change, Object value, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                INSERT,
                keyed(event, stored).addValue("change", change.code()).addValue("body", PoolEntryJson.write(value)));
        closeEarlierVersions(event, stored);
    }

    void appendWithdrawal(PoolEvent event, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                INSERT_WITHDRAWAL,
                keyed(event, stored).addValue("change", PoolEntryChange.WITHDRAWN.code()));
        closeEarlierVersions(event, stored);
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.pool_entry_version").update();
    }

    private void closeEarlierVersions(PoolEvent event, StoredEvent stored) {
        if (event.version() > 1) {
            writes.run(event.boardCode(), CLOSE_EARLIER, keyed(event, stored));
        }
    }

    private static MapSqlParameterSource keyed(PoolEvent event, StoredEvent stored) {
        return new MapSqlParameterSource()
                .addValue("board", event.boardCode())
                .addValue("year", event.year().code())
                .addValue("kind", event.entry().kind())
                .addValue("key", event.entry().key())
                .addValue("version", event.version())
                .addValue("recordedBy", event.provenance().recordedBy())
                .addValue("reason", event.provenance().reason())
                .addValue("eventId", stored.eventId())
                .addValue("from", SystemTime.column(stored.storedAt()));
    }
}
