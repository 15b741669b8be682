package uk.bcf.ledger.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A freshly created, empty PostgreSQL database for one test run, dropped when the JVM exits.
 *
 * <p>Where the database server comes from, in order: the admin JDBC URL in {@code BCF_TEST_DATABASE_URL} (with
 * {@code BCF_TEST_DATABASE_USER}/{@code BCF_TEST_DATABASE_PASSWORD}); a Testcontainers PostgreSQL container when a
 * Docker engine answers; otherwise the local server at {@code 127.0.0.1:5432} as user {@code postgres}.
 */
public final class TestDatabase {

    private static TestDatabase shared;

    private final DatabaseServer server;
    private final String name;

    private TestDatabase(DatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** One database for the whole test JVM, created on first use. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    /** A new database of its own, for tests that must not see anyone else's data. */
    public static TestDatabase create() {
        DatabaseServer server = DatabaseServer.locate();
        String name = "bcf_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE " + name);
        TestDatabase database = new TestDatabase(server, name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + name));
        return database;
    }

    public String jdbcUrl() {
        return server.jdbcUrlFor(name);
    }

    /** A proxy on a loopback port to this database's server, which a test can cut and restore (an outage). */
    public TcpProxy proxy() {
        URI server = serverAddress();
        return TcpProxy.to(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
    }

    /** The JDBC URL of this database through the proxy. */
    public String jdbcUrlThrough(TcpProxy proxy) {
        URI server = serverAddress();
        String url = jdbcUrl();
        String authority = server.getHost() + (server.getPort() < 0 ? "" : ":" + server.getPort());
        return url.replaceFirst(Pattern.quote(authority), "127.0.0.1:" + proxy.port());
    }

    private URI serverAddress() {
        return URI.create(jdbcUrl().substring("jdbc:".length()));
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    void drop() {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(DatabaseServer server, String sql) {
        try (Connection connection =
                        DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + server.adminUrl(), e);
        }
    }
}
