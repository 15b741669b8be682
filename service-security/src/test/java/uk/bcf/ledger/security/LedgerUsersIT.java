package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;
import uk.bcf.ledger.testsupport.TestDatabase;

/**
 * The users in the {@code access} schema of a real PostgreSQL database. The users are read and written through a
 * pool of a single connection, so a lookup that needed a second connection while holding the first would starve.
 */
class LedgerUsersIT {

    private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);
    private static final String BROMLEY = "E09000006";

    private static DataSource migrations;
    private static HikariDataSource dataSource;
    private static LedgerUsers users;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrateTheAccessSchema() {
        TestDatabase database = TestDatabase.create();
        migrations = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        new AccessSchema(migrations).afterPropertiesSet();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(1);
        dataSource.setConnectionTimeout(2_000);
        jdbc = JdbcClient.create(dataSource);
        users = ledgerUsers(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void migratingAgainChangesNothing() {
        long before = jdbc.sql("select count(*) from access.flyway_schema_history")
                .query(Long.class)
                .single();

        new AccessSchema(migrations).afterPropertiesSet();

        assertThat(jdbc.sql("select count(*) from access.flyway_schema_history")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'access'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void storesABcryptHashOfThePasswordAndNeverThePassword() {
        String password = "ann-password-12345";

        assertThat(users.createIfAbsent(
                        new NewUser("ann", password, Set.of(Role.ANALYST), BoardScope.of(List.of(BROMLEY))),
                        "test-admin"))
                .isTrue();

        StoredUser ann = users.find("ann").orElseThrow();
        assertThat(ann.passwordHash()).startsWith("$2a$").doesNotContain(password);
        assertThat(PASSWORDS.matches(password, ann.passwordHash())).isTrue();
        assertThat(ann.enabled()).isTrue();
        assertThat(ann.roles()).containsExactly(Role.ANALYST);
        assertThat(ann.scope()).isEqualTo(BoardScope.of(List.of(BROMLEY)));
        assertThat(jdbc.sql("select count(*) from access.app_user u where u::text like ?")
                        .param("%" + password + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select created_by from access.app_user where username = 'ann'")
                        .query(String.class)
                        .single())
                .isEqualTo("test-admin");
    }

    @Test
    void createsAUserOnlyOnce() {
        NewUser first = new NewUser("bob", "bob-password-123", Set.of(Role.VIEWER), BoardScope.of(List.of(BROMLEY)));
        NewUser again =
                new NewUser("bob", "other-password-456", Set.of(Role.ADMIN, Role.AUDITOR), BoardScope.of(List.of("*")));

        assertThat(users.createIfAbsent(first, "test")).isTrue();
        String hash = users.find("bob").orElseThrow().passwordHash();
        assertThat(users.createIfAbsent(again, "test")).isFalse();

        StoredUser bob = users.find("bob").orElseThrow();
        assertThat(bob.passwordHash()).isEqualTo(hash);
        assertThat(bob.roles()).containsExactly(Role.VIEWER);
        assertThat(bob.scope()).isEqualTo(BoardScope.of(List.of(BROMLEY)));
    }

    @Test
    void replacesAUsersBoards() {
        users.createIfAbsent(
                new NewUser("cat", "cat-password-123", Set.of(Role.ANALYST), BoardScope.of(List.of(BROMLEY))), "test");

        assertThat(users.replaceScope("cat", BoardScope.of(List.of("E09000003", "E09000005"))))
                .isTrue();
        assertThat(users.find("cat").orElseThrow().scope().codes()).containsExactlyInAnyOrder("E09000003", "E09000005");

        assertThat(users.replaceScope("cat", BoardScope.of(List.of("*")))).isTrue();
        assertThat(users.find("cat").orElseThrow().scope().allBoards()).isTrue();

        assertThat(users.replaceScope("cat", BoardScope.of(List.of()))).isTrue();
        assertThat(users.find("cat").orElseThrow().scope()).isEqualTo(BoardScope.of(List.of()));
    }

    @Test
    void replacingTheBoardsOfNobodyChangesNothing() {
        assertThat(users.replaceScope("nobody", BoardScope.of(List.of(BROMLEY))))
                .isFalse();
        assertThat(jdbc.sql("select count(*) from access.user_board where username = 'nobody'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void findsNoUserThatDoesNotExist() {
        assertThat(users.find("nobody")).isEmpty();
    }

    @Test
    void refusesAUserThePolicyRefusesAndStoresNothing() {
        NewUser weak = new NewUser("dan", "short", Set.of(Role.VIEWER), BoardScope.of(List.of(BROMLEY)));

        assertThatThrownBy(() -> users.createIfAbsent(weak, "test"))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.kind()).isEqualTo(RefusalKind.INVALID));
        assertThat(users.find("dan")).isEmpty();
    }

    @Test
    void listsEveryUserByName() {
        users.createIfAbsent(
                new NewUser("zed", "zed-password-123", Set.of(Role.MONITOR), BoardScope.of(List.of())), "test");
        users.createIfAbsent(
                new NewUser("amy", "amy-password-123", Set.of(Role.AUDITOR), BoardScope.of(List.of())), "test");

        List<String> names = users.all().stream().map(StoredUser::username).toList();

        assertThat(names).contains("amy", "zed").isSorted();
    }

    private static LedgerUsers ledgerUsers(DataSource dataSource) {
        return new LedgerUsers(JdbcClient.create(dataSource), PASSWORDS, new DataSourceTransactionManager(dataSource));
    }
}
