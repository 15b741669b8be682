package uk.bcf.ledger.acceptance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.command.CommandServiceApplication;
import uk.bcf.ledger.query.QueryServiceApplication;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The command service and the query service, each in its own Spring application context as in production,
 * sharing one fresh PostgreSQL database. Started once for all acceptance tests of a run, with security on:
 * {@link TestUser#ADMIN} is the initial administrator and {@link TestUser#OPERATOR}, whom {@link Http} signs in as
 * by default, is created before any test runs.
 */
final class RunningServices {

    /** The secret both services sign and check the pages' relayed writes with (ADR 14). */
    static final String RELAY_SECRET = "acceptance-tests-relay-secret-0123456789";

    private static RunningServices instance;

    final TestDatabase database;
    final ConfigurableApplicationContext commandContext;
    final ConfigurableApplicationContext queryContext;
    final Http command;
    final Http query;

    private RunningServices() {
        AxonUpdateCheck.disableUnlessConfigured();
        database = TestDatabase.create();
        commandContext = start(CommandServiceApplication.class, CommandServiceApplication.CONFIG_NAME);
        queryContext = start(
                QueryServiceApplication.class,
                QueryServiceApplication.CONFIG_NAME,
                "bcf.command-service.url=http://127.0.0.1:" + port(commandContext));
        createOperator(commandContext.getBean(LedgerUsers.class));
        command = new Http(port(commandContext));
        query = new Http(port(queryContext));
    }

    /** The services shared by the acceptance tests of this run. */
    static synchronized RunningServices get() {
        if (instance == null) {
            instance = new RunningServices();
        }
        return instance;
    }

    /** Services of their own, on a database of their own, for a scenario that must not see other tests' data. */
    static RunningServices startFresh() {
        return new RunningServices();
    }

    /**
     * A digest of every read-model table's rows, to compare read models rebuilt from the same events; the boards'
     * change stamps are new numbers after a rebuild by design, and left out, as are the cluster's own bookkeeping
     * (live query instances and the rebuilds asked for), which no event writes.
     */
    String readModelChecksum() {
        return query("""
                select string_agg(table_name || ':' || (xpath('/row/md5/text()',
                    query_to_xml(format('select md5(coalesce(string_agg(t::text, ''|'' order by t::text), '''')) as md5 from read_model.%I t',
                        table_name), false, true, '')))[1]::text, ' ' order by table_name)
                from information_schema.tables
                where table_schema = 'read_model'
                  and table_name not in ('token_entry', 'dead_letter_entry', 'flyway_schema_history', 'board_change',
                                         'query_instance', 'read_model_rebuild')""");
    }

    String query(String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        queryContext.close();
        commandContext.close();
    }

    long eventCount() {
        return count("select count(*) from event_store.domain_event_entry");
    }

    long count(String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start(Class<?> application, String configName, String... more) {
        String[] arguments = Stream.concat(
                        Stream.concat(
                                Stream.of(
                                        "server.port=0",
                                        "bcf.security.relay.secret=" + RELAY_SECRET,
                                        "spring.datasource.url=" + database.jdbcUrl(),
                                        "spring.datasource.username=" + database.username(),
                                        "spring.datasource.password=" + database.password()),
                                Stream.of(more)),
                        Stream.of(TestUser.ADMIN.asInitialAdministrator()))
                .map(argument -> "--" + argument)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + configName)
                .run(arguments);
    }

    /** The user the tests act as: every role but viewer (which adds nothing to analyst), for every board. */
    private static void createOperator(LedgerUsers users) {
        users.createIfAbsent(
                new NewUser(
                        TestUser.OPERATOR.name(),
                        TestUser.OPERATOR.password(),
                        Set.of(Role.ADMIN, Role.ANALYST, Role.AUDITOR, Role.MONITOR),
                        BoardScope.of(List.of(BoardScope.ALL_BOARDS))),
                TestUser.ADMIN.name());
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
