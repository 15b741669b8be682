package uk.bcf.ledger.benchmark.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own database on the local PostgreSQL server, dropped and created afresh for each run, and
 * small queries on it.
 */
public final class BenchDatabase {

    private final String adminUrl;
    private final String name;
    private final String user;

    /**
     * @param adminUrl a JDBC URL of a database on the server to create the benchmark database from
     * @param name     the benchmark database
     * @param user     the user, trusted by the server (no password)
     */
    public BenchDatabase(String adminUrl, String name, String user) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.user = user;
    }

    public void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
    }

    public String jdbcUrl() {
        String server = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        return server + name;
    }

    public String user() {
        return user;
    }

    public Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl(), user, "");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + jdbcUrl(), e);
        }
    }

    public long eventCount() throws SQLException {
        return single("select count(*) from event_store.domain_event_entry");
    }

    public long head() throws SQLException {
        return single("select coalesce(max(global_index), 0) from event_store.domain_event_entry");
    }

    public long single(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * {@code VACUUM (ANALYZE)} of the whole benchmark database: what autovacuum would have done by then. The test
     * server of this machine runs with {@code autovacuum = off} (its CI configuration), under which every rebuild
     * leaves the previous read model behind as dead rows and the planner works without statistics.
     */
    public void vacuumAnalyze() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze)");
        }
    }

    /** The server's version and the settings that bear on write and read throughput. */
    public String describeServer() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery("select version()")) {
                version.next();
                text.append(version.getString(1));
            }
            for (String setting : new String[] {
                "shared_buffers", "synchronous_commit", "fsync", "autovacuum", "wal_level", "max_wal_size", "work_mem"
            }) {
                try (ResultSet value = statement.executeQuery("show " + setting)) {
                    value.next();
                    text.append("; ").append(setting).append('=').append(value.getString(1));
                }
            }
        }
        return text.toString();
    }
}
