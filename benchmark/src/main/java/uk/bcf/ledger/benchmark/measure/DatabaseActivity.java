package uk.bcf.ledger.benchmark.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * PostgreSQL's cumulative statistics for the benchmark database (transactions and rows touched) and for each of its
 * tables (rows inserted, updated, HOT-updated, deleted; index and sequential scans and the rows they read), without
 * any extension. Two snapshots around a
 * measurement show how much database work each event cost.
 *
 * @param counters counter name to value
 */
public record DatabaseActivity(Map<String, Long> counters) {

    /** PostgreSQL publishes a backend's counters at most once a second; wait that long before a snapshot. */
    private static final long STATISTICS_DELAY_MILLIS = 1_500;

    private static final String[] COLUMNS = {
        "n_tup_ins", "n_tup_upd", "n_tup_hot_upd", "n_tup_del", "idx_scan", "idx_tup_fetch", "seq_scan", "seq_tup_read"
    };

    public static DatabaseActivity of(Supplier<Connection> connections) throws SQLException {
        try {
            Thread.sleep(STATISTICS_DELAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection connection = connections.get();
                Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("""
                    select xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
                           blks_read, blks_hit
                    from pg_stat_database where datname = current_database()""")) {
                row.next();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    counters.put(row.getMetaData().getColumnName(column), row.getLong(column));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, idx_scan,
                           idx_tup_fetch, seq_scan, seq_tup_read
                    from pg_stat_user_tables order by 1""")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    for (String column : COLUMNS) {
                        counters.put(table + "." + column, rows.getLong(column));
                    }
                }
            }
        }
        return new DatabaseActivity(counters);
    }

    /** The counters that moved between this snapshot and a later one, per event of {@code events}. */
    public String changesUntil(DatabaseActivity later, long events) {
        StringBuilder text = new StringBuilder();
        later.counters.forEach((name, value) -> {
            long delta = value - counters.getOrDefault(name, 0L);
            if (delta != 0) {
                text.append("  %-40s %,15d  (%.2f per event)%n".formatted(name, delta, (double) delta / events));
            }
        });
        return text.toString();
    }
}
