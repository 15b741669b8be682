package uk.bcf.ledger.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The query service started against a fresh PostgreSQL database of its own, on a random port, with its security
 * on: {@link TestUser#ADMIN} is the initial administrator and {@link TestOperator} creates {@link TestUser#OPERATOR},
 * whom the tests act as (see {@link OperatorHttp}). The query service's migrations only create the
 * {@code read_model} schema; the event store it tails is owned by the command service's migrations, so its tables
 * are created here from the command service's migration before Spring starts. Every test class extending this
 * shares one database and one (cached) application context.
 */
@SpringBootTest(
        classes = {QueryServiceApplication.class, TestOperator.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
public abstract class QueryServiceTestDatabase {

    static final Path EVENT_STORE_MIGRATION =
            Path.of("../command-service/src/main/resources/db/command/V1__event_store.sql");

    protected static final TestDatabase DATABASE = withEventStore(TestDatabase.create());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("bcf.security.admin.user", TestUser.ADMIN::name);
        registry.add("bcf.security.admin.password", TestUser.ADMIN::password);
    }

    /** Creates the command service's event store in the database, as the query service expects to find it. */
    public static TestDatabase withEventStore(TestDatabase database) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema event_store");
            statement.execute(Files.readString(EVENT_STORE_MIGRATION));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EVENT_STORE_MIGRATION.toAbsolutePath(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the event store in " + database.name(), e);
        }
    }
}
