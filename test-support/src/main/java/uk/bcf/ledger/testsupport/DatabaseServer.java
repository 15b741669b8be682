package uk.bcf.ledger.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Where test databases are created: see {@link TestDatabase} for the order in which servers are tried. */
record DatabaseServer(String adminUrl, String username, String password) {

    static final String URL_VARIABLE = "BCF_TEST_DATABASE_URL";
    private static final String LOCAL_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static DatabaseServer located;

    static synchronized DatabaseServer locate() {
        if (located == null) {
            located = find();
        }
        return located;
    }

    private static DatabaseServer find() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new DatabaseServer(
                    url, envOr("BCF_TEST_DATABASE_USER", "postgres"), envOr("BCF_TEST_DATABASE_PASSWORD", ""));
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new DatabaseServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return new DatabaseServer(LOCAL_ADMIN_URL, "postgres", "");
    }

    /** The same server and credentials, pointed at another database. */
    String jdbcUrlFor(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String parameters = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
